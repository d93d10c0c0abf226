package org.spinelab.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.spinelab.util.AtomicOutput;

/**
 * The {@code roc} JSON of the command-line contract:
 * {@code {"n":…, "models":{"A":{"auc":…, "ci95":[lo,hi], "threshold":…, "sensitivity":…,
 * "specificity":…, "accuracy":…}}, "delong":[{"a":"A","b":"B","z":…,"p":…}]}}.
 * JSON has no infinities or NaN: an infinite Youden threshold (a score no better than chance) or an
 * undefined statistic is written as {@code null}. With a bootstrap interval a top-level
 * {@code "ci_method": "bootstrap"} (with {@code "bootstrap_replicates"} and {@code "seed"}) says so;
 * the DeLong default adds nothing to the contract's keys.
 */
public final class RocResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RocResultJson() {}

    public static ObjectNode toJson(RocAnalysis.Result result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("n", result.n());
        ObjectNode models = root.putObject("models");
        for (RocAnalysis.Model m : result.models()) {
            ObjectNode o = models.putObject(m.name());
            number(o, "auc", m.auc().estimate());
            ArrayNode ci = o.putArray("ci95");
            element(ci, m.auc().lower());
            element(ci, m.auc().upper());
            number(o, "threshold", m.youden().threshold());
            number(o, "sensitivity", m.youden().sensitivity());
            number(o, "specificity", m.youden().specificity());
            number(o, "accuracy", m.youden().accuracy());
        }
        ArrayNode delong = root.putArray("delong");
        for (RocAnalysis.Pair p : result.delong()) {
            ObjectNode o = delong.addObject();
            o.put("a", p.a());
            o.put("b", p.b());
            number(o, "z", p.test().statistic());
            number(o, "p", p.test().p());
        }
        if (result.options().bootstrap()) {
            root.put("ci_method", "bootstrap");
            root.put("bootstrap_replicates", result.options().bootstrapReplicates());
            root.put("seed", result.options().seed());
        }
        return root;
    }

    public static void write(RocAnalysis.Result result, Path path) throws IOException {
        String text = MAPPER.writeValueAsString(toJson(result)) + "\n";
        AtomicOutput.writeString(path, text);
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static void element(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.addNull();
        }
    }
}
