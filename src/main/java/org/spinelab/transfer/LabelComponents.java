package org.spinelab.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * The 26-connected components of each label value in the source, each with its bounding box. Shape
 * interpolation runs per component, so that where one lesion ends and another lesion of the same label
 * goes on in the next slice, the first one still ends as a lesion does (half-way across the gap) instead of
 * morphing towards the distant other one.
 */
final class LabelComponents {

    /** One component: its label value, its id in {@link #ids}, its box {i0, i1, j0, j1, k0, k1}. */
    record Component(int label, int id, int[] box) {}

    /** Per source voxel: the id (≥ 1) of its component, 0 for background. */
    final int[] ids;
    final List<Component> components = new ArrayList<>();

    LabelComponents(SourceLabels src) {
        ids = new int[src.values.length];
        int[] queue = new int[64];
        int[] b = src.box;
        for (int k = b[4]; k <= b[5]; k++) {
            for (int j = b[2]; j <= b[3]; j++) {
                for (int i = b[0]; i <= b[1]; i++) {
                    int seed = src.index(i, j, k);
                    if (src.values[seed] == 0 || ids[seed] != 0) {
                        continue;
                    }
                    queue = fill(src, seed, components.size() + 1, queue);
                }
            }
        }
    }

    /** Breadth-first fill of the component at {@code seed}; returns the (possibly grown) queue. */
    private int[] fill(SourceLabels src, int seed, int id, int[] queue) {
        int label = src.values[seed];
        int[] box = {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE, Integer.MIN_VALUE};
        int head = 0;
        int tail = 0;
        queue[tail++] = seed;
        ids[seed] = id;
        int plane = src.nx * src.ny;
        while (head < tail) {
            int p = queue[head++];
            int i = p % src.nx;
            int j = (p / src.nx) % src.ny;
            int k = p / plane;
            box[0] = Math.min(box[0], i);
            box[1] = Math.max(box[1], i);
            box[2] = Math.min(box[2], j);
            box[3] = Math.max(box[3], j);
            box[4] = Math.min(box[4], k);
            box[5] = Math.max(box[5], k);
            for (int dk = -1; dk <= 1; dk++) {
                int qk = k + dk;
                if (qk < 0 || qk >= src.nz) {
                    continue;
                }
                for (int dj = -1; dj <= 1; dj++) {
                    int qj = j + dj;
                    if (qj < 0 || qj >= src.ny) {
                        continue;
                    }
                    for (int di = -1; di <= 1; di++) {
                        int qi = i + di;
                        if (qi < 0 || qi >= src.nx) {
                            continue;
                        }
                        int q = src.index(qi, qj, qk);
                        if (ids[q] == 0 && src.values[q] == label) {
                            ids[q] = id;
                            if (tail == queue.length) {
                                queue = java.util.Arrays.copyOf(queue, queue.length * 2);
                            }
                            queue[tail++] = q;
                        }
                    }
                }
            }
        }
        components.add(new Component(label, id, box));
        return queue;
    }
}
