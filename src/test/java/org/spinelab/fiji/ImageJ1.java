package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import ij.IJ;
import ij.Menus;
import ij.WindowManager;
import ij.macro.Interpreter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Headless ImageJ 1.x as a user without Fiji has it: our {@code plugins.config} in a jar named with
 * an underscore in a plugins directory, read by ImageJ's own menu installer ({@link Menus}), so that
 * {@code run("Open Medical Volume", …)} goes through the real ImageJ 1.x command table. The classes
 * themselves come from the test class path (ImageJ's plugin class loader delegates to it).
 */
final class ImageJ1 {

    private static boolean installed;

    private ImageJ1() {}

    static synchronized void installPlugins() throws IOException {
        if (installed) {
            return;
        }
        Path plugins = Files.createTempDirectory("spinelab-ij").resolve("plugins");
        Files.createDirectories(plugins);
        try (InputStream config = ImageJ1.class.getResourceAsStream("/plugins.config");
                OutputStream out = Files.newOutputStream(plugins.resolve("Spine_Radiomics.jar"));
                JarOutputStream jar = new JarOutputStream(out)) {
            assertNotNull(config, "plugins.config is not on the class path");
            jar.putNextEntry(new JarEntry("plugins.config"));
            config.transferTo(jar);
            jar.closeEntry();
        }
        System.setProperty("plugins.dir", plugins.toString());
        Menus.updateImageJMenus();
        installed = true;
    }

    /** Runs a macro headless; returns what it returned ("[aborted]" on an error), its log in {@code log}. */
    static String runMacro(String code, String arg, StringBuilder log) {
        PrintStream previous = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        // headless IJ.log() prints to System.out
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return IJ.runMacro(code, arg);
        } finally {
            System.setOut(previous);
            log.append(captured.toString(StandardCharsets.UTF_8));
            previous.print(captured.toString(StandardCharsets.UTF_8));
        }
    }

    static String runMacroFile(Path file, String arg, StringBuilder log) {
        PrintStream previous = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return IJ.runMacroFile(file.toAbsolutePath().toString(), arg);
        } finally {
            System.setOut(previous);
            log.append(captured.toString(StandardCharsets.UTF_8));
            previous.print(captured.toString(StandardCharsets.UTF_8));
        }
    }

    /** Closes every image a macro left open (batch-mode images included). */
    static void closeAll() {
        Interpreter.batchMode = false;
        for (int id : WindowManager.getIDList() == null ? new int[0] : WindowManager.getIDList()) {
            var imp = WindowManager.getImage(id);
            if (imp != null) {
                imp.changes = false;
                imp.close();
            }
        }
        WindowManager.setTempCurrentImage(null);
    }
}
