#!/usr/bin/python3
"""Reference outputs for the LBP3D image type: PyRadiomics' getLBP3DImage procedure with SciPy's
map_coordinates (order 3), sph_harm and stats.kurtosis.

trimesh (whose icosphere PyRadiomics samples on) is not installable here, so icosphere() below re-states
trimesh.creation.icosphere: trimesh's stored unit icosahedron (resources/creation.json), subdivided with
remesh.subdivide (midpoints of unique edges) and projected radially after each subdivision.

Run from the repository root with Debian's python3 (python3-scipy):
    /usr/bin/python3 src/test/python/filters/make_lbp3d_references.py
"""
import os
import sys

import numpy as np
from scipy.ndimage import map_coordinates
from scipy.special import sph_harm
from scipy.stats import kurtosis

sys.path.insert(0, os.path.dirname(__file__))
from filter_test_volumes import SPACING_B, volume_b, write_nrrd

OUT = 'src/test/resources/filters'

ICO_VERTICES = [[-0.5257311121191336, 0.85065080835204, 0.0], [0.5257311121191336, 0.85065080835204, 0.0],
                [-0.5257311121191336, -0.85065080835204, 0.0], [0.5257311121191336, -0.85065080835204, 0.0],
                [0.0, -0.5257311121191336, 0.85065080835204], [0.0, 0.5257311121191336, 0.85065080835204],
                [0.0, -0.5257311121191336, -0.85065080835204], [0.0, 0.5257311121191336, -0.85065080835204],
                [0.85065080835204, 0.0, -0.5257311121191336], [0.85065080835204, 0.0, 0.5257311121191336],
                [-0.85065080835204, 0.0, -0.5257311121191336], [-0.85065080835204, 0.0, 0.5257311121191336]]
ICO_FACES = [[0, 11, 5], [0, 5, 1], [0, 1, 7], [0, 7, 10], [0, 10, 11], [1, 5, 9], [5, 11, 4], [11, 10, 2],
             [10, 7, 6], [7, 1, 8], [3, 9, 4], [3, 4, 2], [3, 2, 6], [3, 6, 8], [3, 8, 9], [4, 9, 5], [2, 4, 11],
             [6, 2, 10], [8, 6, 7], [9, 8, 1]]


def icosphere(subdivisions, radius):
    vertices = np.array(ICO_VERTICES, dtype=np.float64)
    faces = np.array(ICO_FACES, dtype=np.int64)

    def project(v):
        scalar = np.sqrt(np.dot(v ** 2, [1, 1, 1]))
        unit = v / scalar.reshape((-1, 1))
        return v + unit * (radius - scalar).reshape((-1, 1))

    for _ in range(subdivisions):
        edges = np.sort(faces[:, [0, 1, 1, 2, 2, 0]].reshape((-1, 2)), axis=1)
        unique, inverse = np.unique(edges, axis=0, return_inverse=True)
        mid = vertices[unique].mean(axis=1)
        mid_idx = inverse.reshape((-1, 3)) + len(vertices)
        faces = np.column_stack([faces[:, 0], mid_idx[:, 0], mid_idx[:, 2], mid_idx[:, 0], faces[:, 1], mid_idx[:, 1],
                                 mid_idx[:, 2], mid_idx[:, 1], faces[:, 2], mid_idx[:, 0], mid_idx[:, 1],
                                 mid_idx[:, 2]]).reshape((-1, 3))
        vertices = project(np.vstack((vertices, mid)))
    if subdivisions <= 0:
        vertices = project(vertices)
    return vertices


def lbp3d(im_arr, ma_arr, levels, radius, subdivision):
    """PyRadiomics' getLBP3DImage after the icosphere, step by step; [(name, image)], 0 outside the ROI."""
    coords_ico = icosphere(subdivision, radius)
    theta = np.arccos(np.true_divide(coords_ico[:, 2], radius))
    phi = np.arctan2(coords_ico[:, 1], coords_ico[:, 0])
    Y = sph_harm(0, 0, theta, phi)
    n_ix = np.array(0)
    for n in range(1, levels):
        for m in range(-n, n + 1):
            n_ix = np.append(n_ix, n)
            Y = np.column_stack((Y, sph_harm(m, n, theta, phi)))
    roi = np.where(ma_arr == 1)
    coords = np.array(roi).T[None, :, :] + coords_ico[:, None, :]
    f = map_coordinates(im_arr, coords.T, order=3)
    k = kurtosis(f, axis=1)
    f = np.greater_equal(f, im_arr[roi][:, None]).astype(int)
    c = np.multiply(f[:, :, None], Y[None, :, :]).sum(axis=1)
    f = np.multiply(c[:, None, n_ix == 0], Y[None, :, n_ix == 0])
    for n in range(1, levels):
        f = np.concatenate((f, np.sum(np.multiply(c[:, None, n_ix == n], Y[None, :, n_ix == n]), axis=2, keepdims=True)),
                           axis=2)
    f = np.real(np.sqrt(np.sum(f ** 2, axis=1)))
    out = []
    for l_idx in range(levels):
        result = np.zeros(im_arr.shape)
        result[roi] = f[:, l_idx]
        out.append(('lbp-3D-m%d' % (l_idx + 1), result))
    result = np.zeros(im_arr.shape)
    result[roi] = np.real(k)
    out.append(('lbp-3D-k', result))
    return out


def lbp_mask(shape):
    """A blob touching the k = 0 face and the i = max face, so samples leave the image."""
    z, y, x = np.meshgrid(*[np.arange(s) for s in shape], indexing='ij')
    return (((x - 9.0) ** 2 / 16 + (y - 5.0) ** 2 / 9 + (z - 1.0) ** 2 / 4) <= 1.0).astype(np.uint8) | \
        ((x == shape[2] - 1) & (y == 2)).astype(np.uint8)


# (case id, integer input?, levels, radius, subdivision)
CASES = [('default', False, 2, 1.0, 1), ('int16-l3-r1.5-s2', True, 3, 1.5, 2), ('r0.8-s0', False, 2, 0.8, 0)]


def main():
    arr = volume_b()
    mask = lbp_mask(arr.shape)
    write_nrrd(OUT + '/lbp3d_mask_b.nrrd', mask.astype(np.float64), SPACING_B)
    write_nrrd(OUT + '/volume_b_int16.nrrd', arr, SPACING_B, dtype='int16')
    for case, integer, levels, radius, subdivision in CASES:
        im = arr.astype(np.int16) if integer else arr
        for name, result in lbp3d(im, mask, levels, radius, subdivision):
            write_nrrd('%s/lbp3d_%s_%s.nrrd' % (OUT, case, name), result, SPACING_B)
    print('LBP3D references written; ROI voxels:', int(mask.sum()))


if __name__ == '__main__':
    main()
