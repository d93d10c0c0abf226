#!/usr/bin/python3
"""Reference outputs for the Wavelet, Square, SquareRoot, Logarithm, Exponential and LBP2D image types.

Run from the repository root with Debian's python3 (python3-numpy, python3-pywt, python3-skimage):
    /usr/bin/python3 src/test/python/filters/make_filter_references.py
Writes src/test/resources/filters/*.nrrd: the input volumes and one NRRD per derived image. The procedures
re-state PyRadiomics' imageoperations (getWaveletImage/_swt3, getSquareImage, …, getLBP2DImage) with
numpy, PyWavelets' swtn and scikit-image's local_binary_pattern. The LoG and Gradient references come
from ITK itself (src/test/cpp/itk_filter_references.cxx) on volume_a.nrrd.
"""
import os
import sys

import numpy as np
import pywt

sys.path.insert(0, os.path.dirname(__file__))
from filter_test_volumes import (DIRECTION_A, SPACING_A, SPACING_B, SPACING_C, volume_a, volume_b, volume_c,
                                 write_nrrd)

OUT = 'src/test/resources/filters'


def swt_pyradiomics(arr, wavelet, start_level, level, axes):
    """PyRadiomics' _swt3: wrap-pad odd axes by one, swtn(level=1) repeatedly, crop; returns [(name, array)]."""
    shape = arr.shape
    data = np.pad(arr.copy(), tuple((0, 1 if d % 2 else 0) for d in shape), 'wrap')
    crop = tuple(slice(None, -1 if d % 2 else None) for d in shape)
    w = pywt.Wavelet(wavelet)
    approx_key = 'a' * len(axes)
    for _ in range(start_level):
        data = pywt.swtn(data, w, level=1, start_level=0, axes=axes)[0][approx_key].copy()
    out = []
    for idx in range(1, level + 1):
        dec = pywt.swtn(data, w, level=1, start_level=0, axes=axes)[0]
        data = dec[approx_key].copy()
        for key, im in dec.items():
            if key == approx_key:
                continue
            band = key.replace('a', 'L').replace('d', 'H')
            out.append(('wavelet-%s' % band if idx == 1 else 'wavelet%d-%s' % (idx, band), im[crop].copy()))
    out.append(('wavelet-%s' % ('L' * len(axes)) if level == 1 else 'wavelet%d-%s' % (level, 'L' * len(axes)),
                data[crop].copy()))
    return out


def wavelet_axes(force2d, dim):
    axes = [2, 1, 0]
    if force2d:
        axes.remove(dim)
    return tuple(axes)


# (case id, volume name, wavelet, start_level, level, force2D, force2Ddimension)
WAVELET_CASES = [
    ('coif1', 'b', 'coif1', 0, 1, False, 0),
    ('db2-start1-level2', 'b', 'db2', 1, 2, False, 0),
    ('sym3-2d0', 'b', 'sym3', 0, 1, True, 0),
    ('haar-2d1', 'b', 'haar', 0, 1, True, 1),
    ('coif2-small', 'c', 'coif2', 0, 1, False, 0),
    # float32 images stay float32 in PyWavelets (single-precision arithmetic).
    ('float32-coif1', 'b32', 'coif1', 0, 1, False, 0),
    ('float32-db3-level2', 'b32', 'db3', 0, 2, False, 0),
]


def square(im):
    coeff = 1 / np.sqrt(np.max(np.abs(im)))
    return (coeff * im) ** 2


def square_root(im):
    im = im.copy()
    coeff = np.max(np.abs(im))
    im[im > 0] = np.sqrt(im[im > 0] * coeff)
    im[im < 0] = -np.sqrt(-im[im < 0] * coeff)
    return im


def logarithm(im):
    im = im.copy()
    im_max = np.max(np.abs(im))
    im[im > 0] = np.log(im[im > 0] + 1)
    im[im < 0] = -np.log(-(im[im < 0] - 1))
    return im * (im_max / np.max(np.abs(im)))


def exponential(im):
    im_max = np.max(np.abs(im))
    coeff = np.log(im_max) / im_max
    return np.exp(coeff * im)


# (case id, radius, samples, method, force2Ddimension)
LBP_CASES = [
    ('default-settings', 1, 8, 'uniform', 0),
    ('r2-p16-default-d1', 2, 16, 'default', 1),
    ('r1.5-p12-ror-d2', 1.5, 12, 'ror', 2),
    ('r1-p8-nri', 1, 8, 'nri_uniform', 0),
    ('r1-p8-var', 1, 8, 'var', 0),
]


# LBP2D on the int16 version of volume b: PyRadiomics stores the codes back into the int16 array.
LBP_INT16_CASES = [('int16-r1-p8-var', 1, 8, 'var', 0), ('int16-r1-p16-default', 1, 16, 'default', 0)]

CAST_VALUES = [float('nan'), 2.7, -2.7, 40000.0, 3e9, -3e9, 1e20, -0.5, 255.9, 70000.25]
CAST_TYPES = ['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32']


def write_cast_table(path):
    """What numpy stores when a float64 array is assigned into integer arrays (PyRadiomics' LBP2D write-back)."""
    with open(path, 'w') as f:
        f.write('value,' + ','.join(CAST_TYPES) + '\n')
        for v in CAST_VALUES:
            row = []
            for t in CAST_TYPES:
                a = np.zeros(1, dtype=t)
                with np.errstate(invalid='ignore'):
                    a[...] = np.array([v])
                row.append(str(int(a[0])))
            f.write(repr(v) + ',' + ','.join(row) + '\n')


def lbp2d(arr, radius, samples, method, dim):
    from skimage.feature import local_binary_pattern
    im = arr.copy().swapaxes(0, dim)
    for idx in range(im.shape[0]):
        im[idx, ...] = local_binary_pattern(im[idx, ...], P=samples, R=radius, method=method)
    return im.swapaxes(0, dim)


def main():
    os.makedirs(OUT, exist_ok=True)
    vols = {'a': (volume_a(), SPACING_A, DIRECTION_A), 'b': (volume_b(), SPACING_B, np.eye(3)),
            'c': (volume_c(), SPACING_C, np.eye(3)), 'b32': ((volume_b() / 7).astype(np.float32), SPACING_B, np.eye(3))}
    for name, (arr, sp, d) in vols.items():
        write_nrrd('%s/volume_%s.nrrd' % (OUT, name), arr, sp, direction=d,
                   dtype='float' if arr.dtype == np.float32 else 'double')
    for case, vol, wavelet, start, level, f2d, dim in WAVELET_CASES:
        arr, sp, d = vols[vol]
        for name, im in swt_pyradiomics(arr, wavelet, start, level, wavelet_axes(f2d, dim)):
            write_nrrd('%s/wavelet_%s_%s.nrrd' % (OUT, case, name), im, sp, direction=d,
                       dtype='float' if im.dtype == np.float32 else 'double')
    arr, sp, d = vols['b']
    for name, fn in [('square', square), ('squareroot', square_root), ('logarithm', logarithm),
                     ('exponential', exponential)]:
        write_nrrd('%s/%s_b.nrrd' % (OUT, name), fn(arr), sp)
    try:
        import skimage
    except ImportError:
        print('scikit-image missing: LBP2D references not written')
        return
    for case, radius, samples, method, dim in LBP_CASES:
        write_nrrd('%s/lbp2d_%s.nrrd' % (OUT, case), lbp2d(arr, radius, samples, method, dim), sp)
    for case, radius, samples, method, dim in LBP_INT16_CASES:
        write_nrrd('%s/lbp2d_%s.nrrd' % (OUT, case), lbp2d(arr.astype(np.int16), radius, samples, method, dim), sp)
    write_cast_table('%s/numpy_casts.csv' % OUT)
    print('references written with pywt', pywt.__version__, 'skimage', skimage.__version__, 'numpy', np.__version__)


if __name__ == '__main__':
    main()
