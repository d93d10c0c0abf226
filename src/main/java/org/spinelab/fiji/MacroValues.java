package org.spinelab.fiji;

import ij.ImagePlus;
import ij.WindowManager;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.scijava.module.ModuleItem;
import org.spinelab.util.InvalidInputException;

/**
 * Converts between the strings of a macro call and the typed values of a command's inputs:
 * images by window title, files as paths, numbers, booleans ({@code true}/{@code false}) and choices.
 * Every conversion error names the key, as the user typed it.
 */
public final class MacroValues {

    private MacroValues() {}

    /** The value of {@code raw} for {@code item}; an {@link InvalidInputException} naming the key otherwise. */
    public static Object fromString(ModuleItem<?> item, String raw) {
        String key = item.getName();
        Class<?> t = item.getType();
        String s = raw.trim();
        try {
            if (t == String.class) {
                return choice(item, raw);
            }
            if (t == File.class) {
                return new File(s);
            }
            if (ImagePlus.class.isAssignableFrom(t)) {
                return image(key, s);
            }
            if (t == int.class || t == Integer.class) {
                return Integer.valueOf(s);
            }
            if (t == long.class || t == Long.class) {
                return Long.valueOf(s);
            }
            if (t == double.class || t == Double.class) {
                return Double.valueOf(s);
            }
            if (t == float.class || t == Float.class) {
                return Float.valueOf(s);
            }
            if (MacroOptions.isBoolean(t)) {
                return switch (s.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new InvalidInputException(key + "=" + raw + ": expected true or false");
                };
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key + "=" + raw + ": not a number");
        }
        throw new IllegalStateException(key + ": inputs of type " + t.getName() + " cannot come from a macro");
    }

    /** The string a macro call needs to reproduce {@code value} (what the Macro Recorder records). */
    public static String toString(Object value) {
        if (value instanceof ImagePlus imp) {
            return imp.getTitle();
        }
        if (value instanceof File f) {
            return f.getAbsolutePath();
        }
        return String.valueOf(value);
    }

    private static String choice(ModuleItem<?> item, String raw) {
        List<?> choices = item.getChoices();
        if (choices == null || choices.isEmpty()) {
            return raw;
        }
        for (Object c : choices) {
            if (c.toString().equalsIgnoreCase(raw.trim())) {
                return c.toString();
            }
        }
        throw new InvalidInputException(item.getName() + "=" + raw + ": expected one of " + choices);
    }

    /** An open image by title: windows, batch-mode images and (headless) images shown by macros. */
    private static ImagePlus image(String key, String title) {
        ImagePlus imp = WindowManager.getImage(title);
        if (imp == null) {
            String[] open = WindowManager.getImageTitles();
            throw new InvalidInputException(key + "=" + title + ": no open image has this title"
                    + (open.length == 0 ? " (no image is open)" : " (open: " + String.join(", ", open) + ")"));
        }
        return imp;
    }
}
