package org.spinelab.fiji;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.widget.FileWidget;

/**
 * Asks for a command's inputs in an ImageJ 1.x dialog (plain ImageJ 1.x, menu use). Each field's
 * label starts with its macro key ("scores  (Score columns, comma-separated)"), so that the user sees
 * what a macro writes and the dialog's own recording uses the same keys. Values come back as the
 * strings a macro would pass, to go through the same conversion ({@link MacroValues}).
 */
final class DialogHarvester {

    private DialogHarvester() {}

    /** The choice that leaves an optional image out. */
    static final String NO_IMAGE = "-- none --";

    private static String[] optionalImageChoices() {
        String[] titles = WindowManager.getImageTitles();
        String[] out = new String[titles.length + 1];
        out[0] = NO_IMAGE;
        System.arraycopy(titles, 0, out, 1, titles.length);
        return out;
    }

    /** The strings entered, or null when the user cancelled. */
    static Map<String, String> harvest(CommandInfo info, String title, Module defaults) {
        List<ModuleItem<?>> keys = MacroKeys.of(info);
        GenericDialog gd = new GenericDialog(title);
        if (info.getDescription() != null && !info.getDescription().isBlank()) {
            gd.addMessage(info.getDescription());
        }
        for (ModuleItem<?> item : keys) {
            String fieldLabel = label(item);
            Object d = defaults.getInput(item.getName());
            Class<?> t = item.getType();
            if (ImagePlus.class.isAssignableFrom(t) && !item.isRequired()) {
                gd.addChoice(fieldLabel, optionalImageChoices(), NO_IMAGE);
            } else if (ImagePlus.class.isAssignableFrom(t)) {
                ImagePlus current = WindowManager.getCurrentImage();
                gd.addImageChoice(fieldLabel, current == null ? "" : current.getTitle());
            } else if (item.getChoices() != null && !item.getChoices().isEmpty()) {
                String[] choices = item.getChoices().stream().map(Object::toString).toArray(String[]::new);
                gd.addChoice(fieldLabel, choices, d == null ? choices[0] : d.toString());
            } else if (MacroOptions.isBoolean(t)) {
                gd.addCheckbox(fieldLabel, Boolean.TRUE.equals(d));
            } else if (t == File.class) {
                String path = d == null ? "" : ((File) d).getPath();
                if (FileWidget.DIRECTORY_STYLE.equals(item.getWidgetStyle())) {
                    gd.addDirectoryField(fieldLabel, path, 40);
                } else {
                    gd.addFileField(fieldLabel, path, 40);
                }
            } else if (Number.class.isAssignableFrom(boxed(t))) {
                boolean integral = t == int.class || t == long.class || t == Integer.class || t == Long.class;
                gd.addNumericField(fieldLabel, d == null ? 0 : ((Number) d).doubleValue(), integral ? 0 : 4);
            } else {
                gd.addStringField(fieldLabel, d == null ? "" : d.toString(), 30);
            }
        }
        gd.showDialog();
        if (gd.wasCanceled()) {
            return null;
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (ModuleItem<?> item : keys) {
            Class<?> t = item.getType();
            String v;
            if (ImagePlus.class.isAssignableFrom(t) && !item.isRequired()) {
                v = gd.getNextChoice();
                if (NO_IMAGE.equals(v)) {
                    continue; // an optional image left out
                }
            } else if (ImagePlus.class.isAssignableFrom(t)) {
                v = gd.getNextImage().getTitle();
            } else if (item.getChoices() != null && !item.getChoices().isEmpty()) {
                v = gd.getNextChoice();
            } else if (MacroOptions.isBoolean(t)) {
                v = Boolean.toString(gd.getNextBoolean());
            } else if (Number.class.isAssignableFrom(boxed(t))) {
                double x = gd.getNextNumber();
                boolean integral = t == int.class || t == long.class || t == Integer.class || t == Long.class;
                v = integral ? Long.toString(Math.round(x)) : Double.toString(x);
            } else {
                v = gd.getNextString();
            }
            raw.put(item.getName(), v);
        }
        return raw;
    }

    /** "key  (label)": ImageJ takes the first word of a dialog label, lower-cased, as the macro key. */
    private static String label(ModuleItem<?> item) {
        String human = item.getLabel();
        return human == null || human.isBlank() || human.equals(item.getName())
                ? item.getName() : item.getName() + "  (" + human + ")";
    }

    private static Class<?> boxed(Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        if (t == int.class) {
            return Integer.class;
        }
        if (t == long.class) {
            return Long.class;
        }
        if (t == double.class) {
            return Double.class;
        }
        if (t == float.class) {
            return Float.class;
        }
        return t == boolean.class ? Boolean.class : t;
    }
}
