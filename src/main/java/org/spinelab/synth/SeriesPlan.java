package org.spinelab.synth;

import java.util.List;
import org.spinelab.image.Geometry;

/**
 * One slice prescription: the grid in patient coordinates, the slice thickness (less than the slice
 * spacing: the rest is the gap, which no slice sees) and the contrasts acquired on it.
 *
 * @param view {@code sag}, {@code cor} or {@code ax}
 * @param geometry index → LPS; i along rows, j along columns, k across slices (spacing = thickness + gap)
 * @param sliceThicknessMm thickness of the excited slab
 * @param contrasts sequences acquired with this prescription
 */
public record SeriesPlan(String view, Geometry geometry, double sliceThicknessMm, List<Contrast> contrasts) {}
