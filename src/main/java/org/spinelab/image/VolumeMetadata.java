package org.spinelab.image;

/**
 * What is known about where a volume came from. Any field may be {@code null} when the source format
 * does not carry it (NIfTI has no frame of reference UID, for instance).
 *
 * @param modality DICOM modality, e.g. {@code MR}
 * @param seriesDescription DICOM series description or a file name
 * @param frameOfReferenceUid DICOM frame of reference: two grids are comparable only within one
 * @param seriesInstanceUid DICOM series instance UID
 * @param source the file or directory it was read from
 * @param pixelType the on-disk voxel type
 */
public record VolumeMetadata(
        String modality,
        String seriesDescription,
        String frameOfReferenceUid,
        String seriesInstanceUid,
        String source,
        PixelType pixelType) {

    public static VolumeMetadata empty() {
        return new VolumeMetadata(null, null, null, null, null, PixelType.FLOAT64);
    }

    public static VolumeMetadata of(String source, PixelType type) {
        return new VolumeMetadata(null, null, null, null, source, type);
    }

    public VolumeMetadata withPixelType(PixelType type) {
        return new VolumeMetadata(modality, seriesDescription, frameOfReferenceUid, seriesInstanceUid, source, type);
    }

    public VolumeMetadata withSource(String newSource) {
        return new VolumeMetadata(modality, seriesDescription, frameOfReferenceUid, seriesInstanceUid, newSource, pixelType);
    }

    public VolumeMetadata withFrameOfReference(String uid) {
        return new VolumeMetadata(modality, seriesDescription, uid, seriesInstanceUid, source, pixelType);
    }
}
