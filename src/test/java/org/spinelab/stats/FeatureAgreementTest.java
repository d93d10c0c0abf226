package org.spinelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinelab.stats.Reference.close;
import static org.spinelab.stats.Reference.num;
import static org.spinelab.stats.Reference.nums;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/** Feature tables of several readers → one ICC per feature. */
class FeatureAgreementTest {

    /** Reader k's table of the psych "three" set: id, a text column, the feature, a diagnostics column. */
    private static List<CsvTable> threeReaders() {
        JsonNode ratings = Reference.json("icc_reference.json").get("three").get("ratings");
        List<CsvTable> readers = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < ratings.size(); i++) {
                // each reader lists the subjects in a different order
                int s = (i + 5 * k) % ratings.size(); // a rotation: each subject once
                rows.add(List.of("s" + s, "/img/" + s + ".nii", Double.toString(nums(ratings.get(s))[k]), "v1.2", "7"));
            }
            readers.add(new CsvTable("reader" + (k + 1) + ".csv",
                    List.of("id", "image", "texture", "diagnostics_Versions", "constant"), rows));
        }
        return readers;
    }

    @Test
    void threeReadersMatchPsychAndTextAndDiagnosticColumnsAreSkipped() {
        List<FeatureAgreement.FeatureIcc> r = FeatureAgreement.compute(threeReaders(), "id", List.of(), Icc.Type.ICC2);
        assertEquals(List.of("texture", "constant"), r.stream().map(FeatureAgreement.FeatureIcc::feature).toList());
        JsonNode icc2 = Reference.json("icc_reference.json").get("three").get("results").get(1);
        assertEquals("ICC2", icc2.get("type").asText());
        close("ICC", num(icc2.get("icc")), r.get(0).result().icc(), "three readers via tables");
        close("ICC CI lower", num(icc2.get("lower")), r.get(0).result().lower(), "three readers via tables");
        assertEquals(3, r.get(0).readers());
        assertEquals(12, r.get(0).subjects());
        assertTrue(Double.isNaN(r.get(1).result().icc()), "a constant feature has no ICC");
    }

    @Test
    void duplicateIdIsAnError() {
        List<CsvTable> readers = threeReaders();
        CsvTable first = readers.get(0);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < first.rowCount(); i++) {
            rows.add(first.row(i));
        }
        rows.set(1, rows.get(0));
        readers.set(0, new CsvTable("dup.csv", first.header(), rows));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FeatureAgreement.compute(readers, "id", List.of(), Icc.Type.ICC2));
        assertTrue(e.getMessage().contains("'id'") && e.getMessage().contains("twice"), e.getMessage());
    }
}
