package org.spinelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.spinelab.stats.Reference.close;
import static org.spinelab.stats.Reference.num;
import static org.spinelab.stats.Reference.nums;
import static org.spinelab.stats.Reference.relClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The six ICCs, their F tests and 95 % CIs against psych::ICC(lmer = FALSE) 2.2.9 (stats_reference.R). */
class IccReferenceTest {

    @Test
    void allSixFormsMatchPsych() {
        Iterator<Map.Entry<String, JsonNode>> sets = Reference.json("icc_reference.json").fields();
        int count = 0;
        while (sets.hasNext()) {
            Map.Entry<String, JsonNode> e = sets.next();
            JsonNode r = e.getValue();
            double[][] x = new double[r.get("ratings").size()][];
            for (int i = 0; i < x.length; i++) {
                x[i] = nums(r.get("ratings").get(i));
            }
            List<Icc.Result> ours = Icc.all(x);
            JsonNode ref = r.get("results");
            assertEquals(6, ref.size());
            for (int t = 0; t < 6; t++) {
                JsonNode q = ref.get(t);
                Icc.Result o = ours.get(t);
                String where = e.getKey() + " " + q.get("type").asText();
                assertEquals(q.get("type").asText(), o.type().label());
                close("ICC", num(q.get("icc")), o.icc(), where);
                close("ICC F", num(q.get("F")), o.f(), where);
                assertEquals(num(q.get("df1")), o.df1(), 0, where);
                assertEquals(num(q.get("df2")), o.df2(), 0, where);
                relClose("ICC p", num(q.get("p")), o.p(), where);
                close("ICC CI lower", num(q.get("lower")), o.lower(), where);
                close("ICC CI upper", num(q.get("upper")), o.upper(), where);
            }
            count++;
        }
        assertEquals(3, count);
    }

    @Test
    void identicalReadersGiveOne() {
        double[][] x = {{1, 1}, {2, 2}, {5, 5}, {3, 3}};
        for (Icc.Result r : Icc.all(x)) {
            assertEquals(1.0, r.icc(), 1e-12, r.type().label());
        }
    }

    @Test
    void typeNamesParse() {
        assertEquals(Icc.Type.ICC2, Icc.Type.parse("ICC(2,1)"));
        assertEquals(Icc.Type.ICC3K, Icc.Type.parse("icc3k"));
        assertThrows(IllegalArgumentException.class, () -> Icc.Type.parse("ICC4"));
    }
}
