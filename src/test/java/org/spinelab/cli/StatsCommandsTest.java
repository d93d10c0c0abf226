package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.util.CsvTable;

/** The roc, icc and compare-groups commands end to end, against the R references of stats_reference.R. */
class StatsCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(StatsCommandsTest.class.getResource("/stats/" + name).toURI());
    }

    private static JsonNode json(Path p) throws Exception {
        return new ObjectMapper().readTree(p.toFile());
    }

    @Test
    void rocWritesTheContractJsonWithPROCValuesAndAFigure() throws Exception {
        Path out = dir.resolve("roc.json");
        Path fig = dir.resolve("fig/roc.png");
        assertEquals(0, run("roc", "--table", resource("roc_ties.csv").toString(), "--label", "label",
                "--scores", "A,B,C", "--out", out.toString(), "--figure", fig.toString()), err.toString());
        JsonNode r = json(out);
        JsonNode ref = json(resource("roc_reference.json")).get("roc_ties");
        assertEquals(Set.of("n", "models", "delong"), names(r));
        assertEquals(40, r.get("n").asInt());
        for (String m : List.of("A", "B", "C")) {
            JsonNode o = r.get("models").get(m);
            JsonNode e = ref.get("models").get(m);
            assertEquals(Set.of("auc", "ci95", "threshold", "sensitivity", "specificity", "accuracy"), names(o));
            assertEquals(e.get("auc").asDouble(), o.get("auc").asDouble(), 1e-9);
            assertEquals(e.get("ci95").get(0).asDouble(), o.get("ci95").get(0).asDouble(), 1e-9);
            assertEquals(e.get("ci95").get(1).asDouble(), o.get("ci95").get(1).asDouble(), 1e-9);
            JsonNode best = e.get("best").get(0);
            assertEquals(Double.parseDouble(best.get("threshold").asText()), o.get("threshold").asDouble(), 1e-12);
            assertEquals(best.get("sensitivity").asDouble(), o.get("sensitivity").asDouble(), 1e-12);
            assertEquals(best.get("specificity").asDouble(), o.get("specificity").asDouble(), 1e-12);
            assertEquals(best.get("accuracy").asDouble(), o.get("accuracy").asDouble(), 1e-12);
        }
        assertEquals(3, r.get("delong").size());
        for (int i = 0; i < 3; i++) {
            JsonNode o = r.get("delong").get(i);
            JsonNode e = ref.get("delong").get(i);
            assertEquals(Set.of("a", "b", "z", "p"), names(o));
            assertEquals(e.get("a").asText(), o.get("a").asText());
            assertEquals(e.get("b").asText(), o.get("b").asText());
            assertEquals(e.get("z").asDouble(), o.get("z").asDouble(), 1e-9);
            assertEquals(e.get("p").asDouble(), o.get("p").asDouble(), 1e-9);
        }
        BufferedImage img = ImageIO.read(fig.toFile());
        assertEquals(img.getWidth(), img.getHeight());
        assertTrue(img.getWidth() >= 600);
    }

    @Test
    void rocBootstrapIsReproducibleAndSaysSo() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        String t = resource("roc_large.csv").toString();
        assertEquals(0, run("roc", "--table", t, "--label", "label", "--scores", "A", "--out", a.toString(),
                "--bootstrap", "500", "--seed", "7"), err.toString());
        assertEquals(0, run("roc", "--table", t, "--label", "label", "--scores", "A", "--out", b.toString(),
                "--bootstrap", "500", "--seed", "7"), err.toString());
        assertEquals(Files.readString(a), Files.readString(b));
        JsonNode r = json(a);
        assertEquals("bootstrap", r.get("ci_method").asText());
        double lo = r.get("models").get("A").get("ci95").get(0).asDouble();
        double hi = r.get("models").get("A").get("ci95").get(1).asDouble();
        double auc = r.get("models").get("A").get("auc").asDouble();
        assertTrue(lo < auc && auc < hi, lo + " " + auc + " " + hi);
    }

    @Test
    void rocMissingColumnOrSingleClassFailsWithoutOutput() throws Exception {
        Path out = dir.resolve("roc.json");
        Path fig = dir.resolve("roc.png");
        assertEquals(Main.EXIT_BAD_INPUT, run("roc", "--table", resource("roc_ties.csv").toString(), "--label", "label",
                "--scores", "A,nope", "--out", out.toString(), "--figure", fig.toString()));
        assertTrue(err.toString().contains("'nope'"), err.toString());
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "y,s\n1,0.2\n1,0.4\n1,0.9\n");
        assertEquals(Main.EXIT_BAD_INPUT, run("roc", "--table", one.toString(), "--label", "y", "--scores", "s",
                "--out", out.toString()));
        assertTrue(err.toString().contains("'y'"), err.toString());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(fig));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("one.csv"), files.map(p -> p.getFileName().toString()).toList(), "no partial files");
        }
    }

    @Test
    void iccMatchesPsychWithShuffledRowsAndColumns() throws Exception {
        Path out = dir.resolve("icc.csv");
        assertEquals(0, run("icc", "--reader1", resource("icc_reader1.csv").toString(), "--reader2",
                resource("icc_reader2.csv").toString(), "--out", out.toString()), err.toString());
        CsvTable t = CsvTable.read(out);
        JsonNode ref = json(resource("icc_cli_reference.json"));
        assertEquals(List.of("f1", "f2"), t.strings("feature"));
        assertEquals(List.of("ICC2", "ICC2"), t.strings("type"));
        double[] icc = t.numbers("icc");
        assertEquals(ref.get("f1").asDouble(), icc[0], 1e-9);
        assertEquals(ref.get("f2").asDouble(), icc[1], 1e-9);
        assertEquals(icc[0] > 0.75 ? "true" : "false", t.get(0, "keep"));
        assertEquals("false", t.get(1, "keep"));
    }

    @Test
    void iccMismatchedIdsAreAnErrorNamingTheColumn() throws Exception {
        Path r2 = dir.resolve("r2.csv");
        Files.writeString(r2, Files.readString(resource("icc_reader2.csv")).replace("case07", "case99"));
        Path out = dir.resolve("icc.csv");
        assertEquals(Main.EXIT_BAD_INPUT, run("icc", "--reader1", resource("icc_reader1.csv").toString(), "--reader2",
                r2.toString(), "--out", out.toString()));
        assertTrue(err.toString().contains("'id'") && err.toString().contains("case07"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void compareGroupsMatchesR() throws Exception {
        Path out = dir.resolve("table1.csv");
        assertEquals(0, run("compare-groups", "--table", resource("table1.csv").toString(), "--group", "label",
                "--variables", "age,diameter", "--nonparametric", "diameter", "--categorical", "sex,shape",
                "--out", out.toString()), err.toString());
        CsvTable t = CsvTable.read(out);
        JsonNode ref = json(resource("table1_reference.json"));
        assertEquals(List.of("variable", "level", "label=1 (n=30)", "label=0 (n=18)", "test", "statistic", "p"), t.header());
        int age = t.strings("variable").indexOf("age");
        assertEquals("Student t-test", t.get(age, "test"));
        assertEquals(ref.get("age").get("p_student").asDouble(), Double.parseDouble(t.get(age, "p")), 1e-12);
        JsonNode a = ref.get("age");
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f ± %.2f", a.get("mean1").asDouble(), a.get("sd1").asDouble()),
                t.get(age, "label=1 (n=30)"));
        int dia = t.strings("variable").indexOf("diameter");
        assertTrue(t.get(dia, "test").startsWith("Mann–Whitney"), t.get(dia, "test"));
        assertEquals(ref.get("diameter").get("p_wilcox").asDouble(), Double.parseDouble(t.get(dia, "p")), 1e-12);
        JsonNode q = ref.get("diameter").get("q1");
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f [%.2f, %.2f]", q.get(1).asDouble(), q.get(0).asDouble(),
                q.get(2).asDouble()), t.get(dia, "label=1 (n=30)"));
        for (String v : List.of("sex", "shape")) {
            int row = t.strings("variable").indexOf(v);
            boolean fisher = ref.get(v).get("min_expected").asDouble() < 5;
            assertEquals(fisher ? "Fisher's exact test" : "χ² test", t.get(row, "test"), v);
            assertEquals(ref.get(v).get("p").asDouble(), Double.parseDouble(t.get(row, "p")),
                    1e-9 * ref.get(v).get("p").asDouble(), v);
        }
        // a level row per category, counts summing to the group size
        List<Integer> sexRows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.get(r, "variable").equals("sex") && !t.get(r, "level").isEmpty()) {
                sexRows.add(r);
            }
        }
        assertEquals(2, sexRows.size());
        int total = 0;
        for (int r : sexRows) {
            total += Integer.parseInt(t.get(r, "label=1 (n=30)").split(" ")[0]);
        }
        assertEquals(30, total);
    }

    @Test
    void compareGroupsWithNaNOrOneGroupNamesTheColumn() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "g,x\n0,1\n0,2\n1,NaN\n1,4\n");
        Path out = dir.resolve("t.csv");
        assertEquals(Main.EXIT_BAD_INPUT, run("compare-groups", "--table", bad.toString(), "--group", "g",
                "--variables", "x", "--out", out.toString()));
        assertTrue(err.toString().contains("'x'"), err.toString());
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "g,x\n0,1\n0,2\n0,3\n");
        assertEquals(Main.EXIT_BAD_INPUT, run("compare-groups", "--table", one.toString(), "--group", "g",
                "--variables", "x", "--out", out.toString()));
        assertTrue(err.toString().contains("'g'"), err.toString());
        assertFalse(Files.exists(out));
    }

    private static Set<String> names(JsonNode o) {
        Set<String> s = new TreeSet<>();
        Iterator<String> it = o.fieldNames();
        it.forEachRemaining(s::add);
        return s;
    }
}
