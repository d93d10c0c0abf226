package org.spinelab.fiji;

import ij.IJ;
import ij.Menus;
import ij.WindowManager;
import ij.macro.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Hashtable;

/**
 * Headless ImageJ 1.x with our {@code plugins.config} installed in its command table, so that
 * {@code run("Open Medical Volume", …)} in a macro goes through ImageJ's own {@code IJ.run} → command
 * table → {@code IJ.runPlugIn(class, arg)}, exactly as in a plain ImageJ 1.x installation.
 *
 * <p>ImageJ 1.54p cannot install menus with {@code java.awt.headless=true} (its menu installer builds
 * AWT menus and throws a HeadlessException; later 1.54 releases skip that, and Fiji patches it), so
 * this fixture does what the installer does with each {@code plugins.config} line — map the label to
 * {@code class("arg")} in {@link Menus#getCommands()} — reading the lines with ImageJ's syntax. The
 * menu installer itself is exercised with a display (see the README's Fiji section). Only our commands
 * and the macro language's built-in functions exist in this headless ImageJ.
 */
final class ImageJ1 {

    private static boolean installed;

    private ImageJ1() {}

    static synchronized void installPlugins() throws IOException, ReflectiveOperationException {
        if (installed) {
            return;
        }
        Hashtable<String, String> table = commandTable();
        for (PluginsConfig.Entry e : PluginsConfig.read()) {
            table.put(e.label(), e.command());
        }
        installed = true;
    }

    @SuppressWarnings("unchecked")
    private static Hashtable<String, String> commandTable() throws ReflectiveOperationException {
        Hashtable<String, String> table = Menus.getCommands();
        if (table == null) {
            Field f = Menus.class.getDeclaredField("pluginsTable");
            f.setAccessible(true);
            table = new Hashtable<>();
            f.set(null, table);
        }
        return table;
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
