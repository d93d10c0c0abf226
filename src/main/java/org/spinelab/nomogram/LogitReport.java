package org.spinelab.nomogram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code logit} command's JSON document, exactly the keys of the command-line contract:
 * <pre>{"n":…, "coefficients":[{"name":…, "estimate":…, "se":…, "z":…, "p":…, "or":…, "or_ci95":[lo,hi]}],
 *  "hosmer_lemeshow":{"chi2":…, "df":…, "p":…}}</pre>
 * Non-finite numbers (an infinite standard error under complete separation) are written as null,
 * since JSON has no Infinity.
 */
public final class LogitReport {

    private LogitReport() {}

    public static String json(LogisticModel m, HosmerLemeshow.Result hl) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("n", m.fitted().length);
        ArrayNode coefs = root.putArray("coefficients");
        for (int j = 0; j < m.size(); j++) {
            ObjectNode c = coefs.addObject();
            c.put("name", m.names().get(j));
            number(c, "estimate", m.estimates()[j]);
            number(c, "se", m.standardErrors()[j]);
            number(c, "z", m.z(j));
            number(c, "p", m.p(j));
            number(c, "or", m.oddsRatio(j));
            ArrayNode ci = c.putArray("or_ci95");
            for (double v : m.oddsRatioCi95(j)) {
                if (Double.isFinite(v)) {
                    ci.add(v);
                } else {
                    ci.addNull();
                }
            }
        }
        ObjectNode h = root.putObject("hosmer_lemeshow");
        number(h, "chi2", hl.chi2());
        h.put("df", hl.df());
        number(h, "p", hl.p());
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void number(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }
}
