package org.spinelab.study;

import java.nio.file.Path;
import java.util.Map;

/**
 * One row of the cohort table.
 *
 * @param clinical    the clinical factors by column name (age, male, diameter_cm, …)
 * @param radiologist the radiologist's rating (higher = more likely metastasis)
 * @param images      sequence key (t1, t2fs) → image path, resolved against the table's folder
 * @param maskReader1 reader 1's lesion mask (the delineation the features come from)
 * @param maskReader2 reader 2's mask (for the inter-reader ICC), or null when the table has none
 */
public record Patient(String id, String center, int label, Map<String, Double> clinical, double radiologist,
        Map<String, Path> images, Path maskReader1, Path maskReader2) {}
