package org.spinelab.radiomics.ibsi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.radiomics.CaseLocations;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * IBSI extraction of one case or a cohort from files, with the outcome type of
 * {@link CohortExtractor} (so {@link CohortExtractor#table} lays out the CSV: {@code id}, {@code image},
 * {@code mask}, the chain's diagnostics, the IBSI features, and {@code error} when a case failed).
 */
public final class IbsiCohortExtractor {

    private final IbsiSettings settings;

    public IbsiCohortExtractor(IbsiSettings settings) {
        this.settings = settings;
    }

    /** One case; an input error becomes an outcome with its message. */
    public CohortExtractor.Outcome extractCase(CohortExtractor.Case c) {
        try {
            Volume image = VolumeIO.read(CaseLocations.localPath(c.image()));
            LabelVolume mask = VolumeIO.readLabels(CaseLocations.localPath(c.mask()));
            IbsiExtractor.Result r;
            try {
                r = IbsiExtractor.run(image, mask, settings);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(c.mask() + ": " + e.getMessage(), e);
            }
            Map<String, String> diagnostics = new LinkedHashMap<>();
            r.diagnostics().forEach((k, v) -> diagnostics.put(k, CsvTable.format(v)));
            return new CohortExtractor.Outcome(c, diagnostics, r.features(), null);
        } catch (InvalidInputException e) {
            return new CohortExtractor.Outcome(c, Map.of(), Map.of(), e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return new CohortExtractor.Outcome(c, Map.of(), Map.of(), "internal error: " + e);
        }
    }

    /** Every case with {@code threads} workers; outcomes in the cases' order. */
    public List<CohortExtractor.Outcome> extractAll(List<CohortExtractor.Case> cases, int threads, Progress progress) {
        return CohortExtractor.eachCase(cases, threads, progress, this::extractCase);
    }
}
