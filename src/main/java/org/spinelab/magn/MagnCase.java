package org.spinelab.magn;

import java.util.Map;

/**
 * One subject: its id, label (1 = metastasis, 0 = myeloma; −1 when unknown, for prediction) and one
 * crop per view.
 */
public record MagnCase(String id, int label, Map<View, ViewCrop> views) {

    public MagnCase {
        views = Map.copyOf(views);
    }

    public ViewCrop view(View v) {
        ViewCrop c = views.get(v);
        if (c == null) {
            throw new IllegalArgumentException("case " + id + " has no " + v.id() + " view");
        }
        return c;
    }
}
