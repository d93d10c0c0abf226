package org.spinelab.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.testing.SharedData;
import org.spinelab.util.CsvTable;

/**
 * A second outside reference: the IBSI digital phantom's consensus values, for every PyRadiomics
 * feature whose definition is IBSI's (with the phantom's integer grey levels, bin width 1, 3-D,
 * features averaged over the 13 directions as IBSI's "3D, averaged"). IBSI gives 3 significant digits;
 * we must round to the reference (half a unit in its last digit). PyRadiomics' Kurtosis is IBSI's
 * excess kurtosis + 3. Features where PyRadiomics deviates from IBSI (e.g. percentile definitions
 * beyond this phantom) are simply not mapped.
 */
class IbsiDigitalPhantomTest {

    /** PyRadiomics name → IBSI tag. */
    private static final Map<String, String> MAP = new LinkedHashMap<>();

    static {
        String[][] m = {
            {"firstorder_Mean", "stat_mean"}, {"firstorder_Variance", "stat_var"}, {"firstorder_Skewness", "stat_skew"},
            {"firstorder_Median", "stat_median"}, {"firstorder_Minimum", "stat_min"}, {"firstorder_10Percentile", "stat_p10"},
            {"firstorder_90Percentile", "stat_p90"}, {"firstorder_Maximum", "stat_max"},
            {"firstorder_InterquartileRange", "stat_iqr"}, {"firstorder_Range", "stat_range"},
            {"firstorder_MeanAbsoluteDeviation", "stat_mad"}, {"firstorder_RobustMeanAbsoluteDeviation", "stat_rmad"},
            {"firstorder_Energy", "stat_energy"}, {"firstorder_RootMeanSquared", "stat_rms"},
            {"firstorder_Entropy", "ih_entropy"}, {"firstorder_Uniformity", "ih_uniformity"},
            {"glcm_MaximumProbability", "cm_joint_max_3D_avg"}, {"glcm_JointAverage", "cm_joint_avg_3D_avg"},
            {"glcm_SumSquares", "cm_joint_var_3D_avg"}, {"glcm_JointEntropy", "cm_joint_entr_3D_avg"},
            {"glcm_DifferenceAverage", "cm_diff_avg_3D_avg"}, {"glcm_DifferenceVariance", "cm_diff_var_3D_avg"},
            {"glcm_DifferenceEntropy", "cm_diff_entr_3D_avg"}, {"glcm_SumAverage", "cm_sum_avg_3D_avg"},
            {"glcm_SumEntropy", "cm_sum_entr_3D_avg"}, {"glcm_JointEnergy", "cm_energy_3D_avg"},
            {"glcm_Contrast", "cm_contrast_3D_avg"}, {"glcm_Id", "cm_inv_diff_3D_avg"}, {"glcm_Idn", "cm_inv_diff_norm_3D_avg"},
            {"glcm_Idm", "cm_inv_diff_mom_3D_avg"}, {"glcm_Idmn", "cm_inv_diff_mom_norm_3D_avg"},
            {"glcm_InverseVariance", "cm_inv_var_3D_avg"}, {"glcm_Correlation", "cm_corr_3D_avg"},
            {"glcm_Autocorrelation", "cm_auto_corr_3D_avg"}, {"glcm_ClusterTendency", "cm_clust_tend_3D_avg"},
            {"glcm_ClusterShade", "cm_clust_shade_3D_avg"}, {"glcm_ClusterProminence", "cm_clust_prom_3D_avg"},
            {"glcm_Imc1", "cm_info_corr1_3D_avg"}, {"glcm_Imc2", "cm_info_corr2_3D_avg"},
            {"glrlm_ShortRunEmphasis", "rlm_sre_3D_avg"}, {"glrlm_LongRunEmphasis", "rlm_lre_3D_avg"},
            {"glrlm_LowGrayLevelRunEmphasis", "rlm_lgre_3D_avg"}, {"glrlm_HighGrayLevelRunEmphasis", "rlm_hgre_3D_avg"},
            {"glrlm_ShortRunLowGrayLevelEmphasis", "rlm_srlge_3D_avg"}, {"glrlm_ShortRunHighGrayLevelEmphasis", "rlm_srhge_3D_avg"},
            {"glrlm_LongRunLowGrayLevelEmphasis", "rlm_lrlge_3D_avg"}, {"glrlm_LongRunHighGrayLevelEmphasis", "rlm_lrhge_3D_avg"},
            {"glrlm_GrayLevelNonUniformity", "rlm_glnu_3D_avg"}, {"glrlm_GrayLevelNonUniformityNormalized", "rlm_glnu_norm_3D_avg"},
            {"glrlm_RunLengthNonUniformity", "rlm_rlnu_3D_avg"}, {"glrlm_RunLengthNonUniformityNormalized", "rlm_rlnu_norm_3D_avg"},
            {"glrlm_RunPercentage", "rlm_r_perc_3D_avg"}, {"glrlm_GrayLevelVariance", "rlm_gl_var_3D_avg"},
            {"glrlm_RunVariance", "rlm_rl_var_3D_avg"}, {"glrlm_RunEntropy", "rlm_rl_entr_3D_avg"},
            {"glszm_SmallAreaEmphasis", "szm_sze_3D"}, {"glszm_LargeAreaEmphasis", "szm_lze_3D"},
            {"glszm_LowGrayLevelZoneEmphasis", "szm_lgze_3D"}, {"glszm_HighGrayLevelZoneEmphasis", "szm_hgze_3D"},
            {"glszm_SmallAreaLowGrayLevelEmphasis", "szm_szlge_3D"}, {"glszm_SmallAreaHighGrayLevelEmphasis", "szm_szhge_3D"},
            {"glszm_LargeAreaLowGrayLevelEmphasis", "szm_lzlge_3D"}, {"glszm_LargeAreaHighGrayLevelEmphasis", "szm_lzhge_3D"},
            {"glszm_GrayLevelNonUniformity", "szm_glnu_3D"}, {"glszm_GrayLevelNonUniformityNormalized", "szm_glnu_norm_3D"},
            {"glszm_SizeZoneNonUniformity", "szm_zsnu_3D"}, {"glszm_SizeZoneNonUniformityNormalized", "szm_zsnu_norm_3D"},
            {"glszm_ZonePercentage", "szm_z_perc_3D"}, {"glszm_GrayLevelVariance", "szm_gl_var_3D"},
            {"glszm_ZoneVariance", "szm_zs_var_3D"}, {"glszm_ZoneEntropy", "szm_zs_entr_3D"},
            {"ngtdm_Coarseness", "ngt_coarseness_3D"}, {"ngtdm_Contrast", "ngt_contrast_3D"}, {"ngtdm_Busyness", "ngt_busyness_3D"},
            {"ngtdm_Complexity", "ngt_complexity_3D"}, {"ngtdm_Strength", "ngt_strength_3D"},
            {"gldm_SmallDependenceEmphasis", "ngl_lde_3D"}, {"gldm_LargeDependenceEmphasis", "ngl_hde_3D"},
            {"gldm_LowGrayLevelEmphasis", "ngl_lgce_3D"}, {"gldm_HighGrayLevelEmphasis", "ngl_hgce_3D"},
            {"gldm_SmallDependenceLowGrayLevelEmphasis", "ngl_ldlge_3D"}, {"gldm_SmallDependenceHighGrayLevelEmphasis", "ngl_ldhge_3D"},
            {"gldm_LargeDependenceLowGrayLevelEmphasis", "ngl_hdlge_3D"}, {"gldm_LargeDependenceHighGrayLevelEmphasis", "ngl_hdhge_3D"},
            {"gldm_GrayLevelNonUniformity", "ngl_glnu_3D"}, {"gldm_DependenceNonUniformity", "ngl_dcnu_3D"},
            {"gldm_DependenceNonUniformityNormalized", "ngl_dcnu_norm_3D"}, {"gldm_GrayLevelVariance", "ngl_gl_var_3D"},
            {"gldm_DependenceVariance", "ngl_dc_var_3D"}, {"gldm_DependenceEntropy", "ngl_dc_entr_3D"},
        };
        for (String[] e : m) {
            MAP.put("original_" + e[0], e[1]);
        }
    }

    @Test
    void pyRadiomicsFeaturesEqualIbsiConsensusOnTheDigitalPhantom() {
        CsvTable ref = CsvTable.read(SharedData.conformance("ibsi/reference_digital_phantom.csv"));
        Map<String, Double> refByTag = new LinkedHashMap<>();
        for (int r = 0; r < ref.rowCount(); r++) {
            String v = ref.get(r, "reference_value");
            if (!v.isBlank()) {
                refByTag.put(ref.get(r, "ibsi_tag"), Double.parseDouble(v));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("featureClass", new LinkedHashMap<>(Map.of("firstorder", List.of(), "glcm", List.of(), "glrlm", List.of(),
                "glszm", List.of(), "gldm", List.of(), "ngtdm", List.of())));
        doc.put("setting", Map.of("binWidth", 1));
        Map<String, Double> ours = new RadiomicsExtractor(ExtractionParameters.of(doc, "IBSI digital phantom"))
                .extract(VolumeIO.read(SharedData.conformance("ibsi/phantom_image.nii.gz")),
                        VolumeIO.readLabels(SharedData.conformance("ibsi/phantom_mask.nii.gz")), "phantom", "phantom mask")
                .features();
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, String> e : MAP.entrySet()) {
            Double expected = refByTag.get(e.getValue());
            if (expected == null) {
                fail("IBSI reference has no " + e.getValue());
            }
            double v = ours.get(e.getKey());
            if (!roundsTo(v, expected)) {
                bad.add(e.getKey() + " (" + e.getValue() + "): ours " + v + ", IBSI " + expected);
            }
        }
        // PyRadiomics' kurtosis is not the excess kurtosis
        double kurt = ours.get("original_firstorder_Kurtosis") - 3;
        if (!roundsTo(kurt, refByTag.get("stat_kurt"))) {
            bad.add("Kurtosis − 3: ours " + kurt + ", IBSI " + refByTag.get("stat_kurt"));
        }
        assertEquals(List.of(), bad);
    }

    /** True when v agrees with a value given to 3 significant digits (half a unit in its last digit). */
    static boolean roundsTo(double v, double ref) {
        if (ref == 0) {
            return Math.abs(v) < 5e-4;
        }
        double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(ref))) - 2);
        return Math.abs(v - ref) <= 0.5 * unit * (1 + 1e-9);
    }
}
