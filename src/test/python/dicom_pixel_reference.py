#!/usr/bin/env python3
"""Reference voxel values of the conformance DICOM series, decoded without any DICOM library or our Java code.

Parses each Part 10 file as Explicit VR Little Endian (the only transfer syntax the study uses), takes the
pixel data as 16-bit words (signed when Pixel Representation is 1), applies Rescale Slope/Intercept, and indexes
voxels as grids.json states: i = column, j = row, k = InstanceNumber - 1.

Usage: python3 src/test/python/dicom_pixel_reference.py ../shared/conformance/dicom/dicom > src/test/resources/dicom/pixel_reference.json
"""
import json
import os
import struct
import sys

import numpy as np

LONG_VRS = {b"OB", b"OW", b"OF", b"SQ", b"UT", b"UN"}


def elements(data):
    assert data[128:132] == b"DICM", "not a Part 10 file"
    pos = 132
    while pos < len(data):
        group, elem = struct.unpack_from("<HH", data, pos)
        vr = data[pos + 4:pos + 6]
        if vr in LONG_VRS:
            (length,) = struct.unpack_from("<I", data, pos + 8)
            start = pos + 12
        else:
            (length,) = struct.unpack_from("<H", data, pos + 6)
            start = pos + 8
        yield (group, elem), vr, data[start:start + length]
        pos = start + length


def decode(path):
    tags = {}
    for tag, vr, value in elements(open(path, "rb").read()):
        tags[tag] = (vr, value)
    us = lambda t: struct.unpack("<H", tags[t][1])[0]
    text = lambda t, d=None: tags[t][1].decode("ascii").strip("\0 ") if t in tags else d
    rows, cols = us((0x0028, 0x0010)), us((0x0028, 0x0011))
    signed = us((0x0028, 0x0103)) == 1
    pixels = np.frombuffer(tags[(0x7FE0, 0x0010)][1], dtype="<i2" if signed else "<u2").reshape(rows, cols)
    slope = float(text((0x0028, 0x1053), "1"))
    intercept = float(text((0x0028, 0x1052), "0"))
    return int(text((0x0020, 0x0013))), pixels.astype(np.float64) * slope + intercept


def series(directory):
    slices = dict(decode(os.path.join(directory, f)) for f in sorted(os.listdir(directory)))
    # volume[k, j, i]: k = InstanceNumber - 1, j = row, i = column
    return np.stack([slices[n] for n in sorted(slices)])


def main(root):
    out = {}
    rng = np.random.default_rng(20240610)
    for name in ["axial", "coronal", "sagittal", "sagittal_label"]:
        vol = series(os.path.join(root, name))
        nk, nj, ni = vol.shape
        samples = []
        for _ in range(20):
            i, j, k = int(rng.integers(ni)), int(rng.integers(nj)), int(rng.integers(nk))
            samples.append({"i": i, "j": j, "k": k, "value": float(vol[k, j, i])})
        out[name] = {
            "dims": [ni, nj, nk],
            "slice_sums": [float(s) for s in vol.sum(axis=(1, 2))],
            "column_sums_slice0": [float(s) for s in vol[0].sum(axis=0)],
            "samples": samples,
        }
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
