package org.spinelab.fiji;

import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import java.util.Map;
import org.scijava.Priority;
import org.scijava.log.LogService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.spinelab.util.InvalidInputException;

/**
 * Gives a macro call of a Spine Radiomics command in Fiji the inputs it gets in plain ImageJ 1.x
 * ({@link Ij1CommandRunner}): a key left out takes the command's default, a bare boolean key means true, a
 * required image left out is the current image and an optional one (Transfer Labels' {@code target2}) none.
 *
 * <p>In Fiji, imagej-legacy runs the command itself: its {@code MacroPreprocessor} (priority
 * 2 × {@code VERY_HIGH}) resolves only the keys written as {@code key=value}, so every other input stays
 * unresolved; its {@code ActiveImagePlusPreprocessor} ({@code VERY_HIGH + 1}) then puts the current image
 * into a lone unresolved image input, even an optional one, and the input harvester opens a dialog (a file
 * chooser for a lone {@code File}) in the middle of the macro. Checked with imagej-legacy 2.0.3 under Xvfb:
 * Extract Features without {@code params=}, Transfer Labels without its optional keys, Feature Maps with a
 * bare {@code masked_kernel} and Fit Logistic Model / Apply Nomogram with keys left out all stopped at a
 * dialog. This preprocessor runs between the two and resolves every input the options leave out, so the
 * harvester has nothing left to ask. A required input without a value stays unresolved: Fiji asks for it.
 * Outside a macro call ({@link Macro#getOptions()} is null) and for other commands it does nothing; in
 * plain ImageJ 1.x {@link Ij1CommandRunner} has resolved every input before it runs.
 */
@Plugin(type = PreprocessorPlugin.class, priority = MacroInputsPreprocessor.PRIORITY)
public class MacroInputsPreprocessor extends AbstractPreprocessorPlugin {

    /** After imagej-legacy's MacroPreprocessor (2 × VERY_HIGH), before its ActiveImagePlusPreprocessor (VERY_HIGH + 1). */
    public static final double PRIORITY = 2 * Priority.VERY_HIGH - 1;

    @Parameter(required = false)
    private LogService log;

    @Override
    public void process(Module module) {
        if (!(module.getDelegateObject() instanceof SpineCommand command)) {
            return;
        }
        String options = Macro.getOptions();
        if (options == null) {
            return;
        }
        Map<String, String> raw = MacroOptions.parse(options, MacroKeys.of(module.getInfo()));
        try {
            for (ModuleItem<?> item : MacroKeys.of(module.getInfo())) {
                String key = item.getName();
                if (module.isInputResolved(key)) {
                    continue;
                }
                Object value = value(module, item, raw);
                if (value == null && item.isRequired()) {
                    continue;
                }
                module.setInput(key, value);
                module.resolveInput(key);
            }
        } catch (InvalidInputException e) {
            UserErrors.report(command.commandName(), e.getMessage(), log);
            cancel(e.getMessage());
        }
    }

    /**
     * The value of one input in a macro call: its key's value when given ({@code raw}, as parsed by
     * {@link MacroOptions}), else the current image for a required image, none for an optional one, and
     * the command's default for anything else.
     */
    static Object value(Module module, ModuleItem<?> item, Map<String, String> raw) {
        String key = item.getName();
        if (raw.containsKey(key)) {
            return MacroValues.fromString(item, raw.get(key));
        }
        if (ImagePlus.class.isAssignableFrom(item.getType())) {
            return item.isRequired() ? WindowManager.getCurrentImage() : null;
        }
        return module.getInput(key);
    }
}
