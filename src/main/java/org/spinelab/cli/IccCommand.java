package org.spinelab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.stats.FeatureAgreement;
import org.spinelab.stats.Icc;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spinelab icc}: inter-reader ICC of every feature of two (or more) readers' feature tables. */
@Command(name = "icc", mixinStandardHelpOptions = true,
        description = {"Inter-reader agreement: one ICC (with 95%% CI and F test) per feature, features matched"
                + " by column name and subjects by the id column.",
            "Default ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout & Fleiss)."})
final class IccCommand implements Callable<Integer> {

    @Option(names = "--reader1", required = true, description = "feature table of the first reader")
    Path reader1;

    @Option(names = "--reader2", required = true, description = "feature table of the second reader")
    Path reader2;

    @Option(names = "--reader", description = "feature table of a further reader (repeatable)")
    List<Path> moreReaders = new ArrayList<>();

    @Option(names = "--id-column", defaultValue = "id", description = "subject id column (default: ${DEFAULT-VALUE})")
    String idColumn;

    @Option(names = "--features", split = ",",
            description = "features to assess (default: all numeric columns common to all readers)")
    List<String> features = new ArrayList<>();

    @Option(names = "--type", defaultValue = "ICC2",
            description = "ICC1, ICC2, ICC3, ICC1k, ICC2k or ICC3k (default: ${DEFAULT-VALUE} = ICC(2,1))")
    String type;

    @Option(names = "--threshold", defaultValue = "0.75",
            description = "features with ICC above this are marked keep=true (default: ${DEFAULT-VALUE}, as the paper)")
    double threshold;

    @Option(names = "--out", required = true, description = "output CSV")
    Path out;

    @Override
    public Integer call() throws Exception {
        Icc.Type icc;
        try {
            icc = Icc.Type.parse(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--type: " + e.getMessage());
        }
        List<CsvTable> readers = new ArrayList<>();
        readers.add(CsvTable.read(reader1));
        readers.add(CsvTable.read(reader2));
        for (Path p : moreReaders) {
            readers.add(CsvTable.read(p));
        }
        List<FeatureAgreement.FeatureIcc> results = FeatureAgreement.compute(readers, idColumn, features, icc);
        List<List<Object>> rows = new ArrayList<>();
        for (FeatureAgreement.FeatureIcc r : results) {
            Icc.Result x = r.result();
            rows.add(List.of(r.feature(), x.type().label(), num(x.icc()), num(x.lower()), num(x.upper()), num(x.f()),
                    x.df1(), x.df2(), num(x.p()), r.subjects(), r.readers(), x.icc() > threshold));
        }
        CsvTable.write(out, List.of("feature", "type", "icc", "ci95_lower", "ci95_upper", "f", "df1", "df2", "p",
                "subjects", "readers", "keep"), rows);
        return 0;
    }

    /** NaN (a feature constant over all readings) as R's NA. */
    private static Object num(double v) {
        return Double.isNaN(v) ? "NA" : v;
    }
}
