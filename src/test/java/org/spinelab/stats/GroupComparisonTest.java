package org.spinelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinelab.stats.Reference.num;
import static org.spinelab.stats.Reference.nums;
import static org.spinelab.stats.Reference.relClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/** Table 1 logic beyond the two-group CLI case: three groups, test choice, the Fisher fallback. */
class GroupComparisonTest {

    /** The "three" ANOVA set of anova_reference.json as a table with a group column. */
    private static CsvTable threeGroups() {
        JsonNode g = Reference.json("anova_reference.json").get("three").get("groups");
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < g.size(); k++) {
            for (double v : nums(g.get(k))) {
                rows.add(List.of(Integer.toString(k + 1), Double.toString(v), k == 0 ? "a" : "b"));
            }
        }
        return new CsvTable("three.csv", List.of("site", "x", "c"), rows);
    }

    @Test
    void threeGroupsUseAnovaOrKruskalWallis() {
        JsonNode ref = Reference.json("anova_reference.json").get("three");
        GroupComparison.Table t = GroupComparison.compare(threeGroups(), "site", List.of("x"), List.of(),
                GroupComparison.Options.defaults());
        assertEquals(List.of("1", "2", "3"), t.groups());
        assertEquals("one-way ANOVA", t.rows().get(0).test());
        relClose("ANOVA p", num(ref.get("p")), t.rows().get(0).p(), "table");
        GroupComparison.Table np = GroupComparison.compare(threeGroups(), "site", List.of("x"), List.of(),
                new GroupComparison.Options(Set.of("x"), false, false, 2));
        assertEquals("Kruskal–Wallis", np.rows().get(0).test());
        relClose("Kruskal-Wallis p", num(ref.get("kw_p")), np.rows().get(0).p(), "table");
    }

    @Test
    void fisherFallsBackToChiSquareWhenEnumerationIsTooLarge() {
        CsvTable table = threeGroups();
        // expected counts of "a" in groups 2 and 3 are below 5, so Fisher is chosen ...
        GroupComparison.Table f = GroupComparison.compare(table, "site", List.of(), List.of("c"),
                GroupComparison.Options.defaults());
        assertEquals("Fisher's exact test", f.rows().get(0).test());
        // ... unless it would need more tables than allowed
        GroupComparison.Table chi = GroupComparison.compare(table, "site", List.of(), List.of("c"),
                new GroupComparison.Options(Set.of(), false, false, 2, 1));
        assertTrue(chi.rows().get(0).test().contains("Fisher infeasible"), chi.rows().get(0).test());
        long[][] counts = {{8, 0, 0}, {0, 11, 6}};
        assertEquals(ChiSquareTest.test(new ContingencyTable(counts), false).p(), chi.rows().get(0).p(), 1e-15);
    }

    @Test
    void aGroupOfOneIsAnErrorNamingTheGroupColumn() {
        CsvTable t = new CsvTable("t.csv", List.of("g", "x"),
                List.of(List.of("0", "1"), List.of("0", "2"), List.of("1", "3")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> GroupComparison.compare(t, "g", List.of("x"), List.of(), GroupComparison.Options.defaults()));
        assertTrue(e.getMessage().contains("'g'"), e.getMessage());
    }
}
