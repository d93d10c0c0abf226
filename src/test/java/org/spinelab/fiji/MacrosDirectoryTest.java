package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.scijava.log.LogService;
import org.spinelab.testing.SharedData;

/**
 * Runs every {@code macros/*.ijm} headless through ImageJ 1.x's macro interpreter — a new macro is
 * tested without being listed here. Each macro names its test input in a header line
 * {@code // test-argument: conformance:<path under shared/conformance>}, {@code macros:<path under
 * macros/>} or {@code repo:<path from the repository root>} (a macro without one fails: none is
 * skipped, and a missing input fails). A macro passes when it runs to its end
 * (a marker statement appended to it must be reached), reports no error and prints something.
 */
class MacrosDirectoryTest {

    static final Path MACROS = Path.of("macros");
    static final Pattern ARGUMENT = Pattern.compile("^// test-argument: (conformance|macros|repo):(\\S+)\\s*$", Pattern.MULTILINE);
    static final LogCapture errors = new LogCapture();

    @BeforeAll
    static void install() throws Exception {
        ImageJ1.installPlugins();
        SharedContext.get().service(LogService.class).addLogListener(errors);
    }

    @AfterEach
    void close() {
        ImageJ1.closeAll();
    }

    static List<Path> macros() throws Exception {
        try (Stream<Path> s = Files.list(MACROS)) {
            return s.filter(p -> p.toString().endsWith(".ijm")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyMacroRunsToItsEnd() throws Exception {
        List<Path> macros = macros();
        assertFalse(macros.isEmpty(), "no macros in " + MACROS.toAbsolutePath());
        return macros.stream().map(m -> DynamicTest.dynamicTest(m.getFileName().toString(), () -> run(m)));
    }

    static void run(Path macro) throws Exception {
        String code = Files.readString(macro);
        Matcher a = ARGUMENT.matcher(code);
        if (!a.find()) {
            fail(macro + ": no '// test-argument: conformance:…' or '// test-argument: macros:…' header line");
        }
        Path input = switch (a.group(1)) {
            case "conformance" -> SharedData.conformance(a.group(2));
            case "macros" -> MACROS.resolve(a.group(2));
            default -> Path.of(a.group(2));
        };
        assertTrue(Files.exists(input), macro + ": test input " + input + " does not exist");
        int before = errors.errors().size();
        StringBuilder log = new StringBuilder();
        String result = ImageJ1.runMacro(code + "\nreturn \"reached the end\";\n", input.toAbsolutePath().toString(), log);
        assertEquals("reached the end", result, macro + " stopped early; its output:\n" + log);
        assertEquals(before, errors.errors().size(), macro + " reported errors: " + errors.errors());
        assertFalse(log.toString().isBlank(), macro + " printed nothing");
        assertFalse(log.toString().contains("Exception"), macro + ":\n" + log);
    }
}
