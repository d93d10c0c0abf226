package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our {@code plugins.config}, read with ImageJ 1.x's syntax: {@code Menu>Path, "Label", class("arg")},
 * {@code #} comments.
 */
final class PluginsConfig {

    /** One menu entry: the menu ("Plugins>Spine Radiomics"), label, plugin class and its argument. */
    record Entry(String menu, String label, String pluginClass, String arg) {
        /** What ImageJ stores in its command table for this entry. */
        String command() {
            return pluginClass + "(\"" + arg + "\")";
        }
    }

    private static final Pattern LINE = Pattern.compile("^([^,\"]+),\\s*\"([^\"]+)\",\\s*([\\w.$]+)\\(\"([^\"]*)\"\\)\\s*$");

    private PluginsConfig() {}

    static List<Entry> read() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = PluginsConfig.class.getResourceAsStream("/plugins.config")) {
            assertNotNull(in, "plugins.config is not on the class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = LINE.matcher(line.trim());
                if (!m.matches()) {
                    fail("plugins.config: not an ImageJ plugin line: " + line);
                }
                entries.add(new Entry(m.group(1).trim(), m.group(2), m.group(3), m.group(4)));
            }
        }
        return entries;
    }
}
