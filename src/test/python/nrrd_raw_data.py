#!/usr/bin/env python3
"""Decodes the voxels of the PyRadiomics NRRD test images straight from the bytes (header split at
the first empty line, gzip, struct; no pynrrd) and prints count, sum, min, max and a few voxels, the
numbers the Java NRRD reader is tested against. Only the fields these files use are handled.

Usage (from the repository root):
    python3 src/test/python/nrrd_raw_data.py > src/test/resources/io/nrrd_raw_data.json
"""
import gzip
import json
import struct
import sys

FILES = ["pyradiomics/brain1_image.nrrd", "pyradiomics/breast1_image.nrrd", "pyradiomics/brain1_label.nrrd"]
ROOT = "../shared/conformance/"
TYPES = {"short": "h", "int": "i", "unsigned char": "B", "uchar": "B", "float": "f", "double": "d"}


def decode(path):
    raw = open(path, "rb").read()
    head, body = raw.split(b"\n\n", 1)
    fields = {}
    for line in head.decode("ascii").splitlines()[1:]:
        if line.startswith("#") or ": " not in line:
            continue
        k, v = line.split(": ", 1)
        fields[k] = v
    assert fields["encoding"] == "gzip" and fields["endian"] == "little"
    sizes = [int(s) for s in fields["sizes"].split()]
    n = sizes[0] * sizes[1] * sizes[2]
    fmt = TYPES[fields["type"]]
    values = struct.unpack("<" + str(n) + fmt, gzip.decompress(body)[: n * struct.calcsize(fmt)])
    nx, ny = sizes[0], sizes[1]
    probes = [[0, 0, 0], [nx // 2, ny // 2, sizes[2] // 2], [nx - 1, ny - 1, sizes[2] - 1], [17, 101, 3]]
    return {
        "type": fields["type"],
        "sizes": sizes,
        "count": n,
        "sum": float(sum(values)),
        "min": min(values),
        "max": max(values),
        "probes": [p + [values[p[0] + nx * (p[1] + ny * p[2])]] for p in probes],
    }


def main():
    json.dump({f: decode(ROOT + f) for f in FILES}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
