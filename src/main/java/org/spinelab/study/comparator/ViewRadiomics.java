package org.spinelab.study.comparator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.radiomics.RadiomicsExtractor;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * One view's radiomics features for every case, with this project's engine. Default parameters:
 * the Original image only, every default feature class (shape, first order, GLCM, GLRLM, GLSZM, GLDM,
 * NGTDM), and a fixed bin count of 32 — MRI intensities have arbitrary units, so a fixed bin width
 * tuned to CT would give a different number of grey levels per scanner. Feature names are prefixed
 * with the view ({@code sag_original_glcm_Contrast}) so that multi-view tables keep them apart.
 * A feature that is not finite for some case (e.g. undefined on a one-voxel-thick ROI) is dropped for
 * every case; a case that cannot be extracted is an error naming it.
 */
public final class ViewRadiomics {

    private ViewRadiomics() {}

    public static ExtractionParameters defaultParameters() {
        return ExtractionParameters.of(Map.of("setting", Map.of("binCount", 32)), "comparator defaults");
    }

    public static FeatureTable extract(String view, List<String> ids, List<Path> images, List<Path> masks,
            ExtractionParameters params, int threads, Progress progress) {
        List<CohortExtractor.Case> cases = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            cases.add(new CohortExtractor.Case(ids.get(i), images.get(i), masks.get(i)));
        }
        List<CohortExtractor.Outcome> out = new CohortExtractor(new RadiomicsExtractor(params))
                .extractAll(cases, threads, progress);
        for (CohortExtractor.Outcome o : out) {
            if (o.failed()) {
                throw new InvalidInputException("radiomics, " + view + " view, case '" + o.c().id() + "' ("
                        + o.c().mask() + "): " + o.error());
            }
        }
        Set<String> names = new LinkedHashSet<>(out.get(0).features().keySet());
        for (CohortExtractor.Outcome o : out) {
            names.removeIf(f -> {
                Double v = o.features().get(f);
                return v == null || !Double.isFinite(v);
            });
        }
        if (names.isEmpty()) {
            throw new InvalidInputException("radiomics, " + view + " view: no feature is finite for every case");
        }
        List<String> cols = new ArrayList<>(names);
        double[][] x = new double[out.size()][cols.size()];
        for (int i = 0; i < out.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                x[i][j] = out.get(i).features().get(cols.get(j));
            }
        }
        return new FeatureTable(cols.stream().map(c -> view + "_" + c).toList(), x);
    }
}
