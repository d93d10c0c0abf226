"""Reference values for IBSI resampling tests (GridResamplerTest).

Cubic B-spline interpolation with whole-sample mirror boundaries is scipy.ndimage.map_coordinates
(order=3, mode='mirror'); positions follow the IBSI grid-centre alignment:
n' = ceil(n s / s'), x = (n - 1)/2 + (k - (n' - 1)/2) s'/s.
Run: python3 src/test/python/ibsi_resampling_reference.py > src/test/resources/ibsi/resampling_reference.json
"""
import json
import math

import numpy as np
import scipy
from scipy import ndimage

rng = np.random.default_rng(7)
nx, ny, nz = 6, 5, 4
spacing = [1.0, 1.5, 2.0]
target = [0.8, 1.1, 1.3]
image = rng.uniform(-100, 100, size=(nz, ny, nx))  # C order: i fastest

dims = [nx, ny, nz]
new_dims = [math.ceil(n * s / t - 1e-9) for n, s, t in zip(dims, spacing, target)]
pos = [np.array([(n - 1) / 2 + (k - (m - 1) / 2) * t / s for k in range(m)])
       for n, m, s, t in zip(dims, new_dims, spacing, target)]
kk, jj, ii = np.meshgrid(pos[2], pos[1], pos[0], indexing="ij")
out = ndimage.map_coordinates(image, [kk.ravel(), jj.ravel(), ii.ravel()], order=3, mode="mirror")

line = rng.uniform(-5, 5, size=9)
xs = np.linspace(-1.5, 9.5, 23)
line_out = ndimage.map_coordinates(line, [xs], order=3, mode="mirror")

json.dump({
    "scipy": scipy.__version__,
    "dims": dims, "spacing": spacing, "target": target, "new_dims": new_dims,
    "image": image.ravel().tolist(), "tricubic": out.tolist(),
    "line": line.tolist(), "line_x": xs.tolist(), "line_cubic": line_out.tolist(),
}, __import__("sys").stdout, indent=1)
