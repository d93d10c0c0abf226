package org.spinelab.fiji;

import ij.measure.ResultsTable;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.spinelab.radiomics.CaseLocations;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.radiomics.RadiomicsExtractor;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/**
 * Plugins › Spine Radiomics › Extract Cohort Features: the features of every case of a cohort table
 * ({@link CohortExtractor}, as {@code spinelab extract --cohort}) into the Results table, one row per
 * case ({@code id}, {@code image}, {@code mask}, diagnostics, features, and an {@code error} column
 * naming the problem of each case that failed — the other cases are still extracted), optionally also
 * written as CSV. Paths in the table are relative to its folder.
 * Macro: {@code run("Extract Cohort Features", "cohort=sample-data/cohort.csv image_column=t2fs_sag mask_column=mask_sag_reader1 params=/x/p.yaml threads=2 out=/tmp/features.csv");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Extract Cohort Features",
        description = "PyRadiomics-compatible features of every case of a cohort table")
public class ExtractCohortFeaturesCommand extends SpineCommand {

    @Parameter(label = "Cohort table (CSV)", style = FileWidget.OPEN_STYLE, persist = false)
    private File cohort = new File("sample-data", "cohort.csv");

    @Parameter(label = "Image column", persist = false)
    private String image_column = "t2fs_sag";

    @Parameter(label = "Mask column", persist = false)
    private String mask_column = "mask_sag_reader1";

    @Parameter(label = "Case id column (absent: row numbers)", persist = false)
    private String id_column = "id";

    @Parameter(label = "PyRadiomics parameter file (empty: defaults)", style = FileWidget.OPEN_STYLE,
            required = false, persist = false)
    private File params;

    @Parameter(label = "Label value of the lesion", persist = false)
    private int label = 1;

    @Parameter(label = "Cases extracted in parallel", min = "1", persist = false)
    private int threads = 1;

    @Parameter(label = "Also save as CSV (empty: no file)", style = FileWidget.SAVE_STYLE, required = false,
            persist = false)
    private File out;

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable features;

    @Override
    protected void execute() {
        if (threads < 1) {
            throw new InvalidInputException("threads: must be at least 1, got " + threads);
        }
        ExtractionParameters p = params == null || params.getPath().isBlank()
                ? ExtractionParameters.defaults() : ExtractionParameters.load(params.toPath());
        p = p.withSettings(p.settings().with("label", label));
        CsvTable table = CsvTable.read(cohort.toPath());
        List<String> images = table.strings(image_column);
        List<String> masks = table.strings(mask_column);
        List<String> ids = table.hasColumn(id_column) ? table.strings(id_column) : null;
        List<CohortExtractor.Case> cases = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String id = ids == null ? Integer.toString(r + 1) : ids.get(r);
            cases.add(new CohortExtractor.Case(id,
                    CaseLocations.localCell(cohort.toPath(), image_column, r, id, images.get(r).trim()),
                    CaseLocations.localCell(cohort.toPath(), mask_column, r, id, masks.get(r).trim())));
        }
        List<CohortExtractor.Outcome> outcomes = new CohortExtractor(new RadiomicsExtractor(p))
                .extractAll(cases, threads, progress());
        CohortExtractor.Table t = CohortExtractor.table(outcomes);
        if (out != null && !out.getPath().isBlank()) {
            try {
                CsvTable.write(out.toPath(), t.header(), t.rows());
            } catch (IOException e) {
                throw new InvalidInputException("out=" + out + ": cannot write: " + e.getMessage(), e);
            }
        }
        long failed = outcomes.stream().filter(CohortExtractor.Outcome::failed).count();
        for (CohortExtractor.Outcome o : outcomes) {
            if (o.failed()) {
                log().warn(commandName() + ": case " + o.c().id() + ": " + o.error());
            }
        }
        progress().message(failed == 0 ? outcomes.size() + " cases extracted"
                : "warning: " + failed + " of " + outcomes.size() + " cases failed (see the 'error' column)");
        features = ResultsTables.of(t.header(), t.rows());
    }
}
