#!/usr/bin/python3
"""ROI statistics (mean, minimum, maximum over label 1) of PyRadiomics' Wavelet (coif1, level 1), Square,
SquareRoot, Logarithm, Exponential, LBP2D and LBP3D (default settings) images of the whole brain1 image, for the
extractor-level filter test. The procedures are those of make_filter_references.py (PyWavelets, numpy,
scikit-image); the LoG and Gradient statistics come from ITK (src/test/cpp, "roi" mode).

Run from the repository root: /usr/bin/python3 src/test/python/filters/make_brain1_roi_stats.py
"""
import gzip
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from make_filter_references import exponential, lbp2d, logarithm, square, square_root, swt_pyradiomics
from make_lbp3d_references import lbp3d

SHARED = '../shared/conformance/pyradiomics'
OUT = 'src/test/resources/filters/brain1_python_roi_stats.csv'
TYPES = {'short': '<i2', 'int': '<i4'}


def read_nrrd(path):
    """The gzip-encoded little-endian NRRD files of the conformance set, as a numpy (z, y, x) array."""
    with open(path, 'rb') as f:
        raw = f.read()
    head, data = raw.split(b'\n\n', 1)
    fields = dict(line.split(': ', 1) for line in head.decode('ascii').splitlines()[1:] if ': ' in line)
    assert fields['encoding'] == 'gzip' and fields.get('endian', 'little') == 'little'
    sizes = [int(s) for s in fields['sizes'].split()]
    return np.frombuffer(gzip.decompress(data), dtype=TYPES[fields['type']]).reshape(sizes[::-1])


def main():
    image = read_nrrd(SHARED + '/brain1_image.nrrd')
    roi = read_nrrd(SHARED + '/brain1_label.nrrd') == 1
    derived = swt_pyradiomics(image, 'coif1', 0, 1, (2, 1, 0))
    as_float = image.astype('float64')
    derived += [('square', square(as_float)), ('squareroot', square_root(as_float)), ('logarithm', logarithm(as_float)),
                ('exponential', exponential(as_float)), ('lbp-2D', lbp2d(image, 1, 8, 'uniform', 0))]
    derived += lbp3d(image, roi.astype(np.uint8), 2, 1.0, 1)
    with open(OUT, 'w') as f:
        f.write('feature,value\n')
        for name, im in derived:
            values = im[roi].astype('float64')
            for stat, v in (('Mean', values.mean()), ('Minimum', values.min()), ('Maximum', values.max())):
                f.write('%s_firstorder_%s,%r\n' % (name, stat, float(v)))
    print('wrote', OUT)


if __name__ == '__main__':
    main()
