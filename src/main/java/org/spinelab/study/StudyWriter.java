package org.spinelab.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spinelab.util.AtomicOutput;
import org.spinelab.util.Progress;

/** Writes every output file of a study into a folder; summary.json last. */
public final class StudyWriter {

    private StudyWriter() {}

    public static void writeAll(StudyResult r, Path dir, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        Path tables = Files.createDirectories(dir.resolve("tables"));
        Path figures = Files.createDirectories(dir.resolve("figures"));
        StudyTables.write(r, tables);
        Map<String, String> captions = StudyFigures.write(r, figures);
        StudyModel.of(r).write(dir.resolve("model.json"));
        Map<String, Double> seconds = new LinkedHashMap<>(r.seconds());
        seconds.put("tables and figures", (System.nanoTime() - t0) / 1e9);
        AtomicOutput.writeString(dir.resolve("report.html"), HtmlReport.render(r, figures, captions, seconds));
        AtomicOutput.write(dir.resolve("summary.json"), out -> Json.MAPPER.writeValue(out, SummaryJson.of(r)));
    }
}
