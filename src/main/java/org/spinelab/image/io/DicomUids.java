package org.spinelab.image.io;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic DICOM UIDs under the {@code 2.25} root, which DICOM (PS3.5 §B.2) reserves for UIDs
 * made from a UUID: {@code 2.25.<the UUID's 128 bits as an unsigned decimal>}. The UUID is the
 * name-based (version 3) UUID of {@code seed + "/" + purpose}, so the same seed always gives the same
 * UIDs (reproducible synthetic data) while different seeds or purposes give different ones.
 */
public final class DicomUids {

    private DicomUids() {}

    public static String of(String seed, String purpose) {
        UUID u = UUID.nameUUIDFromBytes((seed + "/" + purpose).getBytes(StandardCharsets.UTF_8));
        BigInteger hi = new BigInteger(Long.toUnsignedString(u.getMostSignificantBits()));
        BigInteger lo = new BigInteger(Long.toUnsignedString(u.getLeastSignificantBits()));
        return "2.25." + hi.shiftLeft(64).or(lo);
    }
}
