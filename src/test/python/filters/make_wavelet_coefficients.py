#!/usr/bin/python3
"""Writes the decomposition filters of the wavelets the Wavelet image type supports (PyWavelets'
published coefficients, pywt.Wavelet(name).dec_lo / dec_hi) to
src/main/resources/org/spinelab/radiomics/filters/wavelet-filters.txt, followed by the single-precision
filters PyWavelets uses on float32 data. Those are its own float tables (for the Coiflets a float product
with sqrt(2)), not always the rounded doubles, and pywt does not expose them: they are read off the
transform of a float32 unit impulse, whose outputs are the filter taps (y[n] = h[(n + L/2) mod N]).

Run from the repository root with Debian's python3-pywt: /usr/bin/python3 src/test/python/filters/make_wavelet_coefficients.py
"""
import numpy as np
import pywt

NAMES = ['haar'] + ['db%d' % n for n in range(1, 11)] + ['sym%d' % n for n in range(2, 11)] + ['coif%d' % n for n in range(1, 6)]
OUT = 'src/main/resources/org/spinelab/radiomics/filters/wavelet-filters.txt'

with open(OUT, 'w') as f:
    f.write('# Wavelet decomposition filters from PyWavelets %s (pywt.Wavelet(name).dec_lo, .dec_hi).\n' % pywt.__version__)
    f.write('# Made by src/test/python/filters/make_wavelet_coefficients.py. Format: name, then dec_lo, dec_hi,\n')
    f.write('# dec_lo as float32, dec_hi as float32, one line each.\n')
    for name in NAMES:
        w = pywt.Wavelet(name)
        f.write(name + '\n')
        f.write(' '.join(repr(float(c)) for c in w.dec_lo) + '\n')
        f.write(' '.join(repr(float(c)) for c in w.dec_hi) + '\n')
        n = 2 * w.dec_len
        impulse = np.zeros(n, dtype=np.float32)
        impulse[0] = 1
        lo, hi = pywt.swt(impulse, w, level=1)[0]
        assert lo.dtype == np.float32
        for band in (lo, hi):
            taps = [band[(k - w.dec_len // 2) % n] for k in range(w.dec_len)]
            f.write(' '.join(repr(float(c)) for c in taps) + '\n')
print('wrote', OUT, len(NAMES), 'wavelets')
