#!/usr/bin/env python3
"""Reads NIfTI-1 headers straight from the bytes (struct + gzip, no nibabel) and prints the numbers
the Java NIfTI reader is tested against: dims, datatype, pixdim, qform/sform codes, quaternion,
qoffset, srow_x/y/z, scl_slope/inter and vox_offset, plus the first voxels (stored values).

Offsets are those of nifti1.h. Usage (from the repository root):
    python3 src/test/python/nifti_raw_headers.py > src/test/resources/io/nifti_raw_headers.json
"""
import gzip
import json
import struct
import sys

FILES = [
    "ibsi/phantom_image.nii.gz",
    "ibsi/ct_phantom_image.nii.gz",
    "dicom/sagittal_label.nii.gz",
]
ROOT = "../shared/conformance/"
FORMATS = {2: "B", 4: "h", 8: "i", 16: "f", 64: "d", 256: "b", 512: "H", 768: "I"}


def header(raw):
    end = "<" if struct.unpack("<i", raw[:4])[0] == 348 else ">"
    assert struct.unpack(end + "i", raw[:4])[0] == 348

    def get(fmt, off):
        return list(struct.unpack_from(end + fmt, raw, off))

    h = {
        "endian": "little" if end == "<" else "big",
        "dim": get("8h", 40),
        "datatype": get("h", 70)[0],
        "bitpix": get("h", 72)[0],
        "pixdim": get("8f", 76),
        "vox_offset": get("f", 108)[0],
        "scl_slope": get("f", 112)[0],
        "scl_inter": get("f", 116)[0],
        "qform_code": get("h", 252)[0],
        "sform_code": get("h", 254)[0],
        "quatern_bcd": get("3f", 256),
        "qoffset": get("3f", 268),
        "srow_x": get("4f", 280),
        "srow_y": get("4f", 296),
        "srow_z": get("4f", 312),
        "magic": raw[344:348].rstrip(b"\0").decode("ascii"),
    }
    fmt = FORMATS[h["datatype"]]
    size = struct.calcsize(fmt)
    off = int(h["vox_offset"])
    h["first_voxels"] = list(struct.unpack_from(end + "10" + fmt, raw, off))
    n = h["dim"][1] * h["dim"][2] * h["dim"][3]
    values = struct.unpack_from(end + str(n) + fmt, raw, off)
    h["voxel_sum"] = float(sum(values))
    return h


def main():
    out = {}
    for f in FILES:
        with gzip.open(ROOT + f, "rb") as fh:
            out[f] = header(fh.read())
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
