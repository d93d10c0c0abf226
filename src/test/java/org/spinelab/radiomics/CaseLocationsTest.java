package org.spinelab.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinelab.util.InvalidInputException;

/** Cohort cells as locations: which are URIs (RFC 3986 schemes, as Hadoop takes them) and which paths. */
class CaseLocationsTest {

    @Test
    void urisWithASchemeAreKeptVerbatim() {
        Path dir = Path.of("/study");
        for (String uri : List.of("hdfs://nn:8020/study/P001/t1.nii.gz", "s3a://bucket/P001/t1.nrrd",
                "viewfs://cluster/data/P001/dicom/t1/", "file:/study/t1.nii.gz", "file:///study/t1.nii.gz",
                "abfss://c@acct.dfs.core.windows.net/x.nii", "o3fs+x.y-z://b/k")) {
            assertTrue(CaseLocations.isUri(uri), uri);
            // Path.of would turn "hdfs://nn" into "hdfs:/nn": the double slash must survive
            assertEquals(uri, CaseLocations.resolve(dir, uri));
        }
    }

    @Test
    void pathsAreResolvedAgainstTheCohortDirectory() {
        Path dir = Path.of("/study");
        assertEquals("/study/P001/t1.nii.gz", CaseLocations.resolve(dir, "P001/t1.nii.gz"));
        assertEquals("/data/t1.nii.gz", CaseLocations.resolve(dir, "/data/t1.nii.gz"));
        // a colon inside a name, and a drive letter, do not make a URI
        for (String path : List.of("P001:t1.nii.gz", "P001/t1:v2.nii.gz", "C:/data/t1.nii.gz", "1ab://x", "hdfs:x")) {
            assertFalse(CaseLocations.isUri(path), path);
        }
        assertEquals("/study/P001:t1.nii.gz", CaseLocations.resolve(dir, "P001:t1.nii.gz"));
    }

    @Test
    void theLocalBatchRefusesAUriNamingIt() {
        assertEquals(Path.of("/study/t1.nii.gz"), CaseLocations.localPath("/study/t1.nii.gz"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CaseLocations.localPath("hdfs://nn/study/t1.nii.gz"));
        assertTrue(e.getMessage().startsWith("hdfs://nn/study/t1.nii.gz: a URI"), e.getMessage());
        assertTrue(e.getMessage().contains("--spark"), e.getMessage());

        // as a case of the local batch: that case's error row, naming the URI
        CohortExtractor.Outcome o = new ExtractorSpec(null, null).cohortExtractor()
                .extractCase(new CohortExtractor.Case("P001", "s3a://bucket/t1.nii.gz", "/study/m.nii.gz"));
        assertTrue(o.failed());
        assertTrue(o.error().startsWith("s3a://bucket/t1.nii.gz: a URI"), o.error());
    }

    @Test
    void aLocalReaderResolvesCellsAndRefusesUrisNamingWhere() {
        Path cohort = Path.of("/study/cohort.csv");
        assertEquals(Path.of("/study/P001/t1.nii.gz"), CaseLocations.localCell(cohort, "t1", 0, "P001", "P001/t1.nii.gz"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CaseLocations.localCell(cohort, "t1", 4, "P005", "viewfs://cluster/P005/t1.nii.gz"));
        assertTrue(e.getMessage().startsWith("/study/cohort.csv: column 't1', row 6 (id P005):"
                + " 'viewfs://cluster/P005/t1.nii.gz' is a URI"), e.getMessage());
    }
}
