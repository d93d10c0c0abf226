package org.spinelab.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsAndNumbers() throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "id,name,score\r\n1,\"a, \"\"b\"\"\",0.5\n2,c,1e-3\n");
        CsvTable t = CsvTable.read(f);
        assertEquals(2, t.rowCount());
        assertEquals("a, \"b\"", t.get(0, "name"));
        assertArrayEquals(new double[] {0.5, 0.001}, t.numbers("score"), 0);
    }

    @Test
    void missingColumnNamesFileAndColumn() throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "id,label\n1,0\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CsvTable.read(f).numbers("score"));
        assertTrue(e.getMessage().contains("t.csv") && e.getMessage().contains("'score'"), e.getMessage());
    }

    @Test
    void missingValuesAndNonBinaryLabelsAreErrorsWithTheLine() throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "x,label\n1,0\nNA,2\n");
        CsvTable t = CsvTable.read(f);
        assertTrue(assertThrows(InvalidInputException.class, () -> t.numbers("x")).getMessage().contains("line 3"));
        assertTrue(assertThrows(InvalidInputException.class, () -> t.binary("label")).getMessage().contains("0 or 1"));
    }

    @Test
    void raggedRowsAreRejected() throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "a,b\n1\n");
        assertThrows(InvalidInputException.class, () -> CsvTable.read(f));
    }

    @Test
    void writeThenReadRoundTrips() throws Exception {
        Path f = dir.resolve("out/t.csv");
        CsvTable.write(f, List.of("feature", "coefficient"), List.of(List.of("(Intercept)", 0.25), List.of("a,b", 3.0)));
        CsvTable t = CsvTable.read(f);
        assertEquals("a,b", t.get(1, "feature"));
        assertEquals("3", t.get(1, "coefficient"));
    }
}
