package org.spinelab.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.spinelab.radiomics.CaseLocations;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ibsi.IbsiCohortExtractor;
import org.spinelab.radiomics.ibsi.IbsiSettings;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/** {@code spinelab extract --ibsi}: the IBSI path of {@link ExtractCommand}, same options and output layout. */
final class IbsiExtraction {

    private IbsiExtraction() {}

    static int run(ExtractCommand cmd) throws IOException {
        IbsiSettings settings = cmd.params == null ? IbsiSettings.defaults() : IbsiSettings.fromYaml(cmd.params);
        if (cmd.label != null) {
            settings = settings.withLabel(cmd.label);
        }
        IbsiCohortExtractor extractor = new IbsiCohortExtractor(settings);
        if (cmd.cohort != null) {
            if (cmd.image != null || cmd.mask != null) {
                throw new InvalidInputException("give either --cohort or --image/--mask, not both");
            }
            return runCohort(cmd, extractor);
        }
        if (cmd.image == null || cmd.mask == null) {
            throw new InvalidInputException("give --image and --mask (one case) or --cohort with --image-column and --mask-column");
        }
        CohortExtractor.Outcome o = extractor.extractCase(
                new CohortExtractor.Case(cmd.image.getFileName().toString(), cmd.image, cmd.mask));
        if (o.failed()) {
            throw new InvalidInputException(o.error());
        }
        CohortExtractor.Table t = CohortExtractor.table(List.of(o));
        CsvTable.write(cmd.out, t.header(), t.rows());
        return 0;
    }

    private static int runCohort(ExtractCommand cmd, IbsiCohortExtractor extractor) throws IOException {
        if (cmd.imageColumn == null || cmd.maskColumn == null) {
            throw new InvalidInputException("--cohort needs --image-column and --mask-column");
        }
        if (cmd.threads < 1) {
            throw new InvalidInputException("--threads must be ≥ 1, got " + cmd.threads);
        }
        CsvTable table = CsvTable.read(cmd.cohort);
        List<String> images = table.strings(cmd.imageColumn);
        List<String> masks = table.strings(cmd.maskColumn);
        List<String> ids = table.hasColumn(cmd.idColumn) ? table.strings(cmd.idColumn) : null;
        if (ids == null && cmd.spec.commandLine().getParseResult().hasMatchedOption("--id-column")) {
            table.column(cmd.idColumn); // names the missing column in the error
        }
        List<CohortExtractor.Case> cases = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String id = ids == null ? Integer.toString(r + 1) : ids.get(r);
            cases.add(new CohortExtractor.Case(id,
                    CaseLocations.localCell(cmd.cohort, cmd.imageColumn, r, id, images.get(r)),
                    CaseLocations.localCell(cmd.cohort, cmd.maskColumn, r, id, masks.get(r))));
        }
        List<CohortExtractor.Outcome> outcomes = extractor.extractAll(cases, cmd.threads,
                new ConsoleProgress(cmd.spec.commandLine().getErr()));
        CohortExtractor.Table t = CohortExtractor.table(outcomes);
        CsvTable.write(cmd.out, t.header(), t.rows());
        long failed = outcomes.stream().filter(CohortExtractor.Outcome::failed).count();
        if (failed > 0) {
            for (CohortExtractor.Outcome o : outcomes) {
                if (o.failed()) {
                    cmd.spec.commandLine().getErr().println("spinelab: case " + o.c().id() + ": " + o.error());
                }
            }
            cmd.spec.commandLine().getErr().println("spinelab: error: " + failed + " of " + outcomes.size()
                    + " cases failed (see the 'error' column of " + cmd.out + ")");
            return 1;
        }
        return 0;
    }
}
