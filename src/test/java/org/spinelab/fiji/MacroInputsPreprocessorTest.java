package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.gui.NewImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.Priority;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginService;

/**
 * In Fiji, imagej-legacy resolves only the keys a macro call writes as {@code key=value}; whatever stays
 * unresolved is then filled with the current image (a lone image input, optional or not) or asked for in a
 * dialog in the middle of the macro. (Observed with imagej-legacy 2.0.3: Extract Features without
 * {@code params=} opened a file chooser, Transfer Labels without {@code target2=} got the current image as
 * its second target and a dialog for its other optional keys, a bare {@code masked_kernel} was not read.)
 * imagej-legacy cannot be on this class path, so these tests check the property that prevents it:
 * {@link MacroInputsPreprocessor}, found by SciJava as a preprocessor at a priority between legacy's macro
 * and active-image preprocessors, leaves nothing unresolved but a required input without a value.
 */
class MacroInputsPreprocessorTest {

    static final Context CONTEXT = SharedContext.get();

    /** The preprocessor as SciJava creates it (from the plugin index, with its context). */
    static PreprocessorPlugin discovered() {
        List<PreprocessorPlugin> found = new ArrayList<>();
        for (PreprocessorPlugin p : CONTEXT.service(PluginService.class).createInstancesOfType(PreprocessorPlugin.class)) {
            if (p instanceof MacroInputsPreprocessor) {
                found.add(p);
            }
        }
        assertEquals(1, found.size(), "MacroInputsPreprocessor is not in the plugin index");
        return found.get(0);
    }

    /**
     * Preprocesses a new module of {@code command} as a macro call with {@code options} would be: on a macro
     * thread (ImageJ keeps macro options per thread), with {@code current} as the current image and the
     * inputs named in {@code resolvedBefore} already resolved (as imagej-legacy's MacroPreprocessor would).
     */
    static Module preprocess(Class<? extends Command> command, String options, ImagePlus current, Set<String> resolvedBefore)
            throws InterruptedException {
        CommandInfo info = new CommandInfo(command);
        Module module = CONTEXT.service(ModuleService.class).createModule(info);
        for (String key : resolvedBefore) {
            module.resolveInput(key);
        }
        PreprocessorPlugin pre = discovered();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                Macro.setOptions(options);
                WindowManager.setTempCurrentImage(current);
                pre.process(module);
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                Macro.setOptions(null);
                WindowManager.setTempCurrentImage(null);
            }
        }, "Run$_macro-inputs-test");
        t.start();
        t.join();
        assertNull(failure.get(), () -> "process() threw " + failure.get());
        return module;
    }

    static ImagePlus image(String title) {
        return NewImage.createFloatImage(title, 4, 4, 2, NewImage.FILL_BLACK);
    }

    @Test
    void runsAfterLegacysMacroPreprocessorAndBeforeItsActiveImagePreprocessor() {
        // imagej-legacy 2.0.3: MacroPreprocessor priority 2 * VERY_HIGH, ActiveImagePlusPreprocessor VERY_HIGH + 1
        assertTrue(MacroInputsPreprocessor.PRIORITY < 2 * Priority.VERY_HIGH);
        assertTrue(MacroInputsPreprocessor.PRIORITY > Priority.VERY_HIGH + 1);
    }

    @Test
    void everyCommandCalledWithoutKeysIsLeftWithNothingButRequiredInputsWithoutValue() throws Exception {
        ImagePlus current = image("current");
        List<Class<?>> commands = CommandConventionsTest.commands();
        assertFalse(commands.isEmpty());
        for (Class<?> c : commands) {
            Module m = preprocess(c.asSubclass(Command.class), "unrelated=1", current, Set.of());
            for (ModuleItem<?> item : MacroKeys.of(m.getInfo())) {
                String where = c.getSimpleName() + "." + item.getName();
                Object value = m.getInput(item.getName());
                if (!m.isInputResolved(item.getName())) {
                    assertTrue(item.isRequired() && value == null, where + " left for a dialog although it has a value");
                }
                if (ImagePlus.class.isAssignableFrom(item.getType())) {
                    // as in plain ImageJ: a required image is the current one, an optional one none
                    assertSame(item.isRequired() ? current : null, value, where);
                }
            }
        }
    }

    @Test
    void transferLabelsWithoutItsOptionalKeysGetsNoSecondTargetAndItsDefaults() throws Exception {
        ImagePlus current = image("ax");
        Module m = preprocess(TransferLabelsCommand.class, "source=[sag] labels=[sag-mask] target=[ax] interpolation=nearest",
                current, Set.of("source", "labels", "target", "interpolation"));
        for (String key : List.of("target2", "labels_from", "multi_label", "force", "outline")) {
            assertTrue(m.isInputResolved(key), key);
        }
        assertNull(m.getInput("target2"));
        assertEquals(TransferLabelsCommand.FROM_IMAGE, m.getInput("labels_from"));
        assertEquals(false, m.getInput("multi_label"));
        assertEquals(false, m.getInput("force"));
        assertEquals(true, m.getInput("outline"));
    }

    @Test
    void aBareBooleanKeyMeansTrue() throws Exception {
        Module m = preprocess(FeatureMapCommand.class, "image=[a] mask=[b] features=[firstorder_Mean] kernel_radius=1 masked_kernel",
                image("a"), Set.of("image", "mask", "features", "kernel_radius"));
        assertTrue(m.isInputResolved("masked_kernel"));
        assertEquals(true, m.getInput("masked_kernel"));
    }

    @Test
    void anOptionalFileLeftOutIsResolvedToNoneSoNoFileChooserOpens() throws Exception {
        Module m = preprocess(ExtractFeaturesCommand.class, "image=[a] mask=[b] label=1", image("a"),
                Set.of("image", "mask", "label"));
        assertTrue(m.isInputResolved("params"));
        assertNull(m.getInput("params"));
    }

    @Test
    void outsideAMacroCallNothingIsResolved() throws Exception {
        Module m = preprocess(TransferLabelsCommand.class, null, image("a"), Set.of());
        for (ModuleItem<?> item : MacroKeys.of(m.getInfo())) {
            assertFalse(m.isInputResolved(item.getName()), item.getName());
        }
    }

    @Test
    void aBadValueCancelsTheRunWithAMessageNamingTheKey() throws Exception {
        PreprocessorPlugin pre = discovered();
        Module module = CONTEXT.service(ModuleService.class).createModule(new CommandInfo(TransferLabelsCommand.class));
        Thread t = new Thread(() -> {
            Macro.setOptions("labels_from=[nowhere]");
            try {
                pre.process(module);
            } finally {
                Macro.setOptions(null);
            }
        }, "Run$_macro-inputs-test");
        t.start();
        t.join();
        assertTrue(pre.isCanceled());
        assertTrue(pre.getCancelReason().contains("labels_from=nowhere"), pre.getCancelReason());
    }
}
