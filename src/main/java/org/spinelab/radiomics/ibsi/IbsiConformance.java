package org.spinelab.radiomics.ibsi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;

/**
 * Runs the IBSI-1 conformance cases (digital phantom; CT phantom configurations A and C) against the
 * consensus reference tables and reports, per family, how many features fall within tolerance.
 */
public final class IbsiConformance {

    /** A reference case: image, mask, reference table and bundled parameter file(s). */
    public enum Case {
        DIGITAL_PHANTOM("digital phantom", "phantom_image.nii.gz", "phantom_mask.nii.gz",
                "reference_digital_phantom.csv", "digital_phantom"),
        CONFIG_A("CT phantom, configuration A", "ct_phantom_image.nii.gz", "ct_phantom_mask.nii.gz",
                "reference_ct_config_A.csv", "config_A"),
        CONFIG_C("CT phantom, configuration C", "ct_phantom_image.nii.gz", "ct_phantom_mask.nii.gz",
                "reference_ct_config_C.csv", "config_C");

        public final String title;
        final String image;
        final String mask;
        final String reference;
        final String params;

        Case(String title, String image, String mask, String reference, String params) {
            this.title = title;
            this.image = image;
            this.mask = mask;
            this.reference = reference;
            this.params = params;
        }
    }

    /** One compared reference row. */
    public record Comparison(IbsiReference.Row reference, Double value) {
        public boolean pass() {
            return value != null && reference.matches(value);
        }
    }

    /** Comparisons of one case, in reference order. */
    public record Report(Case which, List<Comparison> rows) {

        /** Feature rows (not diagnostics). */
        public List<Comparison> features() {
            return rows.stream().filter(c -> !c.reference().isDiagnostic()).toList();
        }

        public List<Comparison> diagnostics() {
            return rows.stream().filter(c -> c.reference().isDiagnostic()).toList();
        }

        public long passed() {
            return features().stream().filter(Comparison::pass).count();
        }

        /** {family: [within tolerance, total]} over feature rows. */
        public Map<String, int[]> byFamily() {
            Map<String, int[]> m = new LinkedHashMap<>();
            for (Comparison c : rows) {
                String fam = c.reference().isDiagnostic() ? "Diagnostics" : c.reference().family();
                int[] n = m.computeIfAbsent(fam, k -> new int[2]);
                n[1]++;
                if (c.pass()) {
                    n[0]++;
                }
            }
            return m;
        }

        /** A plain-text table: per family counts, then every miss with value, reference and tolerance. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(which.title).append(": ").append(passed()).append('/').append(features().size())
                    .append(" features within tolerance\n");
            for (Map.Entry<String, int[]> e : byFamily().entrySet()) {
                sb.append(String.format(Locale.ROOT, "  %-55s %4d / %-4d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
            for (Comparison c : rows) {
                if (!c.pass()) {
                    IbsiReference.Row r = c.reference();
                    sb.append(String.format(Locale.ROOT, "  MISS %-32s value %-14s reference %s ± %s%n", r.tag(),
                            c.value() == null ? "missing" : String.format(Locale.ROOT, "%.6g", c.value()),
                            fmt(r.value()), fmt(r.tolerance())));
                }
            }
            return sb.toString();
        }

        private static String fmt(double v) {
            return String.format(Locale.ROOT, "%.6g", v);
        }
    }

    private IbsiConformance() {}

    /** Runs {@code which} with data from {@code dir} (the {@code conformance/ibsi} folder). */
    public static Report run(Case which, Path dir) {
        Volume image = VolumeIO.read(dir.resolve(which.image));
        LabelVolume mask = VolumeIO.readLabels(dir.resolve(which.mask));
        IbsiSettings settings = IbsiSettings.bundled(which.params);
        Map<String, Double> values = new LinkedHashMap<>();
        IbsiExtractor.Result r = IbsiExtractor.run(image, mask, settings);
        values.putAll(r.features());
        values.putAll(r.diagnostics());
        if (which == Case.DIGITAL_PHANTOM) {
            IbsiSettings planar = new IbsiSettings(true, settings.resampledPixelSpacing(), settings.interpolator(),
                    settings.intensityRounding(), settings.maskPartialVolumeThreshold(), settings.resegmentLower(),
                    settings.resegmentUpper(), settings.outlierFilterSigma(), settings.binWidth(),
                    settings.binLowerBound(), settings.binCount(), settings.ivhBinWidth(), settings.ivhBinCount(),
                    settings.label());
            for (Map.Entry<String, Double> e : IbsiExtractor.run(image, mask, planar).features().entrySet()) {
                values.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return compare(which, IbsiReference.read(dir.resolve(which.reference)), values);
    }

    /** Compares {@code values} with every row of {@code ref}; a missing value is a miss. */
    public static Report compare(Case which, IbsiReference ref, Map<String, Double> values) {
        List<Comparison> rows = new ArrayList<>();
        for (IbsiReference.Row row : ref.rows()) {
            rows.add(new Comparison(row, values.get(row.tag())));
        }
        return new Report(which, rows);
    }
}
