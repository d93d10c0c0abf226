#!/usr/bin/python3
"""Writes the decomposition filters of the wavelets the Wavelet image type supports (PyWavelets'
published coefficients, pywt.Wavelet(name).dec_lo / dec_hi) to
src/main/resources/org/spinelab/radiomics/filters/wavelet-filters.txt.

Run from the repository root with Debian's python3-pywt: /usr/bin/python3 src/test/python/filters/make_wavelet_coefficients.py
"""
import pywt

NAMES = ['haar'] + ['db%d' % n for n in range(1, 11)] + ['sym%d' % n for n in range(2, 11)] + ['coif%d' % n for n in range(1, 6)]
OUT = 'src/main/resources/org/spinelab/radiomics/filters/wavelet-filters.txt'

with open(OUT, 'w') as f:
    f.write('# Wavelet decomposition filters from PyWavelets %s (pywt.Wavelet(name).dec_lo, .dec_hi).\n' % pywt.__version__)
    f.write('# Made by src/test/python/filters/make_wavelet_coefficients.py. Format: name, then dec_lo, then dec_hi, one line each.\n')
    for name in NAMES:
        w = pywt.Wavelet(name)
        f.write(name + '\n')
        f.write(' '.join(repr(float(c)) for c in w.dec_lo) + '\n')
        f.write(' '.join(repr(float(c)) for c in w.dec_hi) + '\n')
print('wrote', OUT, len(NAMES), 'wavelets')
