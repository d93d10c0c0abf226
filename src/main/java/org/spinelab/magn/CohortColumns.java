package org.spinelab.magn;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spinelab.util.InvalidInputException;

/**
 * Which cohort-table columns hold what. Defaults follow the synthetic cohort ({@code synth}):
 * images {@code cet1_sag}, {@code cet1_cor}, {@code cet1_ax} (contrast-enhanced T1, as in the paper),
 * masks {@code mask_sag_reader1}, {@code mask_cor_true}, {@code mask_ax_true}; {@code id}, {@code label}.
 */
public record CohortColumns(String id, String label, Map<View, String> images, Map<View, String> masks) {

    public CohortColumns {
        images = Map.copyOf(images);
        masks = Map.copyOf(masks);
    }

    public static CohortColumns defaults() {
        Map<View, String> img = new EnumMap<>(View.class);
        img.put(View.SAG, "cet1_sag");
        img.put(View.COR, "cet1_cor");
        img.put(View.AX, "cet1_ax");
        Map<View, String> msk = new EnumMap<>(View.class);
        msk.put(View.SAG, "mask_sag_reader1");
        msk.put(View.COR, "mask_cor_true");
        msk.put(View.AX, "mask_ax_true");
        return new CohortColumns("id", "label", img, msk);
    }

    /**
     * Replaces the image and/or mask columns with comma lists in the order sag,cor,ax of {@code all}
     * (null keeps the default).
     */
    public CohortColumns with(String imageList, String maskList) {
        Map<View, String> img = imageList == null ? images : parse(imageList, "--image-columns");
        Map<View, String> msk = maskList == null ? masks : parse(maskList, "--mask-columns");
        return new CohortColumns(id, label, img, msk);
    }

    private static Map<View, String> parse(String list, String option) {
        String[] parts = list.split(",");
        List<View> order = List.of(View.SAG, View.COR, View.AX);
        if (parts.length != 3) {
            throw new InvalidInputException(option + ": give three column names in the order sag,cor,ax, got '" + list + "'");
        }
        Map<View, String> m = new EnumMap<>(View.class);
        for (int i = 0; i < 3; i++) {
            m.put(order.get(i), parts[i].trim());
        }
        return m;
    }
}
