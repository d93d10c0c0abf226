package org.spinelab.magn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spinelab.util.InvalidInputException;

/** The three MRI views of the paper; each gets its own network branch. */
public enum View {
    SAG, COR, AX;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a comma-separated list such as {@code sag,cor,ax} (order kept, no duplicates). */
    public static List<View> parseList(String s) {
        List<View> out = new ArrayList<>();
        for (String part : s.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            View v = switch (p) {
                case "sag", "sagittal" -> SAG;
                case "cor", "coronal" -> COR;
                case "ax", "axial" -> AX;
                default -> throw new InvalidInputException("--views: unknown view '" + part + "' (sag, cor, ax)");
            };
            if (out.contains(v)) {
                throw new InvalidInputException("--views: view '" + p + "' listed twice");
            }
            out.add(v);
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("--views: no view given");
        }
        return out;
    }
}
