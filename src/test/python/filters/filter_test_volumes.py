"""Test volumes for the filter references, and a small NRRD writer (double, gzip, LPS).

Arrays are numpy (z, y, x) = (k, j, i) as PyRadiomics sees them through sitk.GetArrayFromImage; NRRD
sizes are written x y z, so the file's voxel order is the array's C order.
"""
import gzip
import numpy as np


def volume_a():
    """24x20x12 (i, j, k), integer MR-like intensities with negative values: smooth blobs + noise."""
    rng = np.random.default_rng(20261122)
    z, y, x = np.meshgrid(np.arange(12), np.arange(20), np.arange(24), indexing='ij')
    blob = 400 * np.exp(-((x - 10.5) ** 2 / 30 + (y - 8) ** 2 / 20 + (z - 5) ** 2 / 8))
    ramp = 3 * x - 2 * y + 5 * z
    noise = rng.normal(0, 40, size=x.shape)
    return np.round(blob + ramp + noise - 60).astype(np.float64)


def volume_b():
    """13x10x7 (odd i and k: exercises the wavelet's wrap padding), random integers in [-300, 900]."""
    rng = np.random.default_rng(7)
    return rng.integers(-300, 901, size=(7, 10, 13)).astype(np.float64)


def volume_c():
    """5x4x3: lines shorter than the longer wavelet filters (periodic wrap more than once)."""
    rng = np.random.default_rng(11)
    return rng.normal(100, 50, size=(3, 4, 5))


SPACING_A = (0.8, 1.1, 2.5)
SPACING_B = (0.7, 0.9, 3.0)
SPACING_C = (1.0, 1.0, 1.0)
# A rotated frame for volume A: direction cosines must not change any filter's output.
DIRECTION_A = np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])  # columns = axis directions


def write_nrrd(path, arr, spacing, origin=(0.0, 0.0, 0.0), direction=np.eye(3), dtype='double'):
    arr = np.ascontiguousarray(arr, dtype={'double': '<f8', 'float': '<f4', 'int16': '<i2'}[dtype])
    nz, ny, nx = arr.shape
    dirs = ' '.join('(%r,%r,%r)' % tuple(float(direction[r][a] * spacing[a]) for r in range(3)) for a in range(3))
    header = ('NRRD0004\n'
              'type: %s\n'
              'dimension: 3\n'
              'space: left-posterior-superior\n'
              'sizes: %d %d %d\n'
              'space directions: %s\n'
              'kinds: domain domain domain\n'
              'endian: little\n'
              'encoding: gzip\n'
              'space origin: (%r,%r,%r)\n\n') % (dtype, nx, ny, nz, dirs, *map(float, origin))
    with open(path, 'wb') as f:
        f.write(header.encode('ascii'))
        f.write(gzip.compress(arr.tobytes(), 9, mtime=0))
