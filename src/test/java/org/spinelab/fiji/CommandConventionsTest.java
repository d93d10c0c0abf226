package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;
import org.scijava.plugin.Plugin;

/**
 * Every SciJava command of {@code org.spinelab.fiji} (found by scanning the compiled package, so a new
 * command is checked without being listed here) follows the macro rules: lower-case snake_case keys,
 * no key the {@code _}-suffix of another, inputs with a default not persisted (in Fiji a macro leaving
 * a key out would otherwise get the last dialog's value), a menu path under Plugins › Spine Radiomics, at most one
 * table output (it becomes "Results"), and one {@code plugins.config} line with the same menu path and
 * label running it through {@link Ij1CommandRunner} (which is what keeps Fiji's menu free of duplicates).
 */
class CommandConventionsTest {

    static List<Class<?>> commands() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(SpineCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/spinelab/fiji");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> c = Class.forName("org.spinelab.fiji." + name.substring(0, name.length() - 6));
                    Plugin p = c.getAnnotation(Plugin.class);
                    if (p != null && p.type() == Command.class) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    static List<String> names(CommandInfo info) {
        List<String> names = new ArrayList<>();
        for (ModuleItem<?> item : MacroKeys.of(info)) {
            names.add(item.getName());
        }
        for (ModuleItem<?> item : info.outputs()) {
            names.add(item.getName());
        }
        return names;
    }

    @Test
    void theScanFindsTheCommands() throws Exception {
        List<String> found = commands().stream().map(Class::getSimpleName).toList();
        assertTrue(found.containsAll(List.of("OpenMedicalVolumeCommand", "SaveMedicalVolumeCommand",
                "RocComparisonCommand", "OpenSampleCaseCommand", "ExtractFeaturesCommand", "TransferLabelsCommand")),
                found.toString());
    }

    @Test
    void everyCommandHasMacroSafeKeysAndAMenuPath() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> c : commands()) {
            CommandInfo info = new CommandInfo(c.asSubclass(Command.class));
            for (String p : MacroKeys.problems(names(info))) {
                problems.add(c.getSimpleName() + ": " + p);
            }
            String menu = c.getAnnotation(Plugin.class).menuPath();
            if (!menu.startsWith("Plugins>Spine Radiomics>")) {
                problems.add(c.getSimpleName() + ": menu path " + menu + " is not under Plugins>Spine Radiomics>");
            }
            var defaults = info.createModule();
            for (ModuleItem<?> item : MacroKeys.of(info)) {
                if (defaults.getInput(item.getName()) != null
                        && item.isPersisted()) {
                    problems.add(c.getSimpleName() + ": '" + item.getName() + "' has a default but is persisted"
                            + " (persist = false, or a macro leaving it out gets the last dialog's value in Fiji)");
                }
            }
            long tables = 0;
            for (ModuleItem<?> o : info.outputs()) {
                tables += ResultsTable.class.isAssignableFrom(o.getType()) ? 1 : 0;
            }
            if (tables > 1) {
                problems.add(c.getSimpleName() + ": " + tables + " table outputs; one becomes \"Results\"");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theRulesCatchCamelCaseAndSuffixKeys() {
        CommandInfo info = new CommandInfo(Fixtures.BadKeys.class);
        List<String> p = MacroKeys.problems(names(info));
        assertTrue(p.contains("'outputDir' is not lower-case snake_case"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("'radius' is the _-suffix of 'max_radius'")), p.toString());
        assertEquals(2, p.size(), p.toString());
        assertEquals(List.of(), MacroKeys.problems(List.of("radius", "maxradius", "case_id", "id2")));
    }

    @Test
    void pluginsConfigHasExactlyOneMatchingLinePerCommand() throws Exception {
        List<PluginsConfig.Entry> entries = PluginsConfig.read();
        List<String> problems = new ArrayList<>();
        for (Class<?> c : commands()) {
            String menu = c.getAnnotation(Plugin.class).menuPath();
            String parent = menu.substring(0, menu.lastIndexOf('>'));
            String label = menu.substring(menu.lastIndexOf('>') + 1);
            String line = parent + ", \"" + label + "\", " + Ij1CommandRunner.class.getName() + "(\"" + c.getName() + "\")";
            long n = entries.stream().filter(e -> e.menu().equals(parent) && e.label().equals(label)
                    && e.pluginClass().equals(Ij1CommandRunner.class.getName()) && e.arg().equals(c.getName())).count();
            if (n != 1) {
                problems.add("plugins.config needs exactly one line: " + line + " (found " + n + ")");
            }
        }
        for (PluginsConfig.Entry e : entries) {
            Class<?> c = Class.forName(e.arg());
            assertTrue(commands().contains(c), "plugins.config runs " + e.arg() + ", which is not a command of the package");
            assertFalse(entries.stream().filter(o -> o.label().equals(e.label())).count() > 1, "label twice: " + e.label());
        }
        assertEquals(List.of(), problems);
    }
}
