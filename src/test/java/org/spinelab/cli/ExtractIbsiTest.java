package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.radiomics.ibsi.IbsiReference;
import org.spinelab.testing.SharedData;
import org.spinelab.util.CsvTable;

/** {@code extract --ibsi} on the IBSI digital phantom, against its reference values. */
class ExtractIbsiTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path params(String yaml) throws Exception {
        Path p = dir.resolve("ibsi.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    @Test
    void oneCaseWritesIbsiTagsMatchingTheReference() throws Exception {
        Path csv = dir.resolve("f.csv");
        assertEquals(0, run("extract", "--ibsi", "--image", SharedData.conformance("ibsi/phantom_image.nii.gz").toString(),
                "--mask", SharedData.conformance("ibsi/phantom_mask.nii.gz").toString(),
                "--params", params("setting:\n  binWidth: 1\n").toString(), "--out", csv.toString()), err::toString);
        CsvTable t = CsvTable.read(csv);
        assertEquals(1, t.rowCount());
        assertEquals("id", t.header().get(0));
        IbsiReference ref = IbsiReference.read(SharedData.conformance("ibsi/reference_digital_phantom.csv"));
        int checked = 0;
        for (IbsiReference.Row r : ref.rows()) {
            if (r.tag().contains("_2D")) {
                continue; // this run is 3-D; the 2-D families need force2D
            }
            double v = Double.parseDouble(t.get(0, r.tag()));
            assertTrue(r.matches(v), r.tag() + " = " + v + ", reference " + r.value());
            checked++;
        }
        assertEquals(349 - 2 * 25 - 2 * 16 - 16 - 16 - 5 - 17, checked);
    }

    @Test
    void cohortWithAFailingCase() throws Exception {
        Path img = SharedData.conformance("ibsi/phantom_image.nii.gz");
        Path mask = SharedData.conformance("ibsi/phantom_mask.nii.gz");
        Path cohort = dir.resolve("cohort.csv");
        Files.writeString(cohort, "id,img,msk\na," + img + "," + mask + "\nb," + img + "," + dir.resolve("none.nii.gz") + "\n");
        Path csv = dir.resolve("c.csv");
        assertEquals(1, run("extract", "--ibsi", "--cohort", cohort.toString(), "--image-column", "img", "--mask-column",
                "msk", "--params", params("setting:\n  binWidth: 1\n  force2D: true\n").toString(), "--out",
                csv.toString()));
        CsvTable t = CsvTable.read(csv);
        assertEquals(2, t.rowCount());
        assertEquals("a", t.get(0, "id"));
        assertTrue(t.hasColumn("cm_joint_max_2D_avg"));
        assertEquals("", t.get(0, "error"));
        assertTrue(t.get(1, "error").contains("none.nii.gz"), t.get(1, "error"));
    }

    @Test
    void aUriCellInTheCohortIsRefusedBeforeAnyCase() throws Exception {
        Path img = SharedData.conformance("ibsi/phantom_image.nii.gz");
        Path mask = SharedData.conformance("ibsi/phantom_mask.nii.gz");
        Path cohort = dir.resolve("uri-cohort.csv");
        Files.writeString(cohort, "id,img,msk\na," + img + "," + mask + "\nb,s3a://bucket/b.nii.gz," + mask + "\n");
        Path csv = dir.resolve("u.csv");
        assertEquals(Main.EXIT_BAD_INPUT, run("extract", "--ibsi", "--cohort", cohort.toString(), "--image-column", "img",
                "--mask-column", "msk", "--out", csv.toString()));
        assertTrue(err.toString().contains("column 'img', row 3 (id b): 's3a://bucket/b.nii.gz' is a URI"), err.toString());
        assertFalse(Files.exists(csv), "no output for a refused cohort");
    }

    @Test
    void unknownSettingIsOneErrorLineAndNoOutput() throws Exception {
        Path csv = dir.resolve("x.csv");
        assertEquals(Main.EXIT_BAD_INPUT, run("extract", "--ibsi", "--image",
                SharedData.conformance("ibsi/phantom_image.nii.gz").toString(), "--mask",
                SharedData.conformance("ibsi/phantom_mask.nii.gz").toString(), "--params",
                params("setting:\n  binWdth: 1\n").toString(), "--out", csv.toString()));
        assertTrue(err.toString().startsWith("spinelab: error: ") && err.toString().contains("'binWdth'"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(Files.exists(csv));
    }
}
