package org.spinelab.fiji;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.plugin.PlugIn;
import ij.plugin.frame.Recorder;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Map;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.display.DisplayPostprocessor;
import org.scijava.log.LogService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleRunner;
import org.scijava.module.ModuleService;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginService;
import org.spinelab.util.InvalidInputException;

/**
 * The ImageJ 1.x entry point of every Spine Radiomics command, so that
 * {@code run("Open Medical Volume", "path=/x/y.nii.gz")} works in plain ImageJ 1.x and in its macro
 * interpreter headless, without imagej-legacy (which is not on Maven Central). (ImageJ 1.54p itself
 * cannot install its menus with {@code java.awt.headless=true}, so there plain ImageJ runs no menu
 * command at all; its {@code -batch} mode needs a display, e.g. {@code xvfb-run}.)
 *
 * <p>{@code plugins.config} registers one menu entry per command, with the SciJava command's class as
 * the argument, at exactly the command's own menu path and label. In Fiji, imagej-legacy adds SciJava
 * commands to the ImageJ 1.x menus and, when a label is already taken, overrides that entry and reuses
 * its menu item ({@code IJ1Helper.addMenuItems}: "Overriding …"): each command then appears once and
 * runs through imagej-legacy (its own macro options and recording). Only plain ImageJ 1.x runs this class.
 * Checked with imagej-legacy 2.0.3 (commit 4981c61, ImageJ2 context with the legacy UI under Xvfb, and
 * headless): each label maps once, to the SciJava command, and appears once in the menu bar. There the
 * keys a macro call leaves out are resolved the same way as here by {@link MacroInputsPreprocessor}.
 *
 * <p>Inputs come from {@link Macro#getOptions()} when called from a macro ({@link MacroOptions},
 * images by window title, an absent image key meaning the current image, other absent keys the
 * command's defaults), else from a dialog. After a run started from the menu, every input is recorded
 * with {@link Recorder#recordOption}, so the Macro Recorder writes a {@code run(…)} call that replays it.
 * Image outputs are shown; tables and plots are shown by {@link OutputPresenter}. A bad input shows
 * one error ({@link UserErrors}), which also stops the macro; for a command that is not a
 * {@link SpineCommand} and only cancels, the bridge reports its cancel reason the same way.
 */
public final class Ij1CommandRunner implements PlugIn {

    @Override
    public void run(String commandClass) {
        SharedContext.withOurClassLoader(() -> {
            runCommand(SharedContext.get(), commandClass);
            return null;
        });
    }

    static void runCommand(Context context, String commandClass) {
        CommandInfo info = context.service(CommandService.class).getCommand(commandClass);
        if (info == null) {
            IJ.error("Spine Radiomics", "no SciJava command " + commandClass + " on the class path");
            return;
        }
        String name = name(info);
        String options = Macro.getOptions();
        Map<String, String> raw;
        if (options != null) {
            raw = MacroOptions.parse(options, MacroKeys.of(info));
        } else if (GraphicsEnvironment.isHeadless()) {
            fail(context, name, "headless ImageJ needs the options in the macro call: " + usage(info));
            return;
        } else {
            raw = DialogHarvester.harvest(info, name, context.service(ModuleService.class).createModule(info));
            if (raw == null) {
                if (Recorder.record) {
                    Recorder.setCommand(null); // the user cancelled the dialog: nothing to record
                }
                return;
            }
        }
        boolean done = false;
        try {
            Module module = execute(context, info, raw);
            done = !isCanceled(module);
            if (!done && !(module.getDelegateObject() instanceof SpineCommand)) {
                // a SpineCommand has shown its error (and stopped the macro); another command only cancelled
                fail(context, name, ((org.scijava.Cancelable) module.getDelegateObject()).getCancelReason());
            }
            if (done) {
                show(module);
                if (options == null && Recorder.record) {
                    record(info, module);
                }
            }
        } catch (InvalidInputException e) {
            fail(context, name, e.getMessage());
        } finally {
            if (!done && options == null && Recorder.record) {
                Recorder.setCommand(null); // a failed run is not recorded (the dialog recorded its fields)
            }
        }
    }

    /**
     * Runs the command with inputs from {@code raw} (strings as in a macro call) and the command's
     * defaults for absent keys; every input is resolved, so no stored preference leaks into a macro run.
     */
    static Module execute(Context context, CommandInfo info, Map<String, String> raw) {
        ModuleService modules = context.service(ModuleService.class);
        Module module = modules.createModule(info);
        for (ModuleItem<?> item : MacroKeys.of(info)) {
            String key = item.getName();
            // a required image defaults to the current one, as in ImageJ; an optional one to none
            Object value = MacroInputsPreprocessor.value(module, item, raw);
            if (value == null && item.isRequired()) {
                throw new InvalidInputException("missing " + key + "=… in the options; usage: " + usage(info));
            }
            module.setInput(key, value);
            module.resolveInput(key);
        }
        // On this (the macro's) thread, as ImageJ 1.x runs plugins: errors then stop this macro.
        PluginService plugins = context.service(PluginService.class);
        // SciJava's DisplayPostprocessor has no display for ImageJ 1.x objects here: we show them (show()).
        List<PostprocessorPlugin> post = plugins.createInstancesOfType(PostprocessorPlugin.class).stream()
                .filter(p -> !(p instanceof DisplayPostprocessor)).toList();
        new ModuleRunner(context, module, plugins.createInstancesOfType(PreprocessorPlugin.class), post).run();
        return module;
    }

    /** Records every input of a finished run as {@code key=value}, replacing what a dialog recorded. */
    static void record(CommandInfo info, Module module) {
        Recorder.resetCommandOptions();
        for (ModuleItem<?> item : MacroKeys.of(info)) {
            Object value = module.getInput(item.getName());
            if (value != null) {
                Recorder.recordOption(item.getName(), MacroValues.toString(value));
            }
        }
    }

    static boolean isCanceled(Module module) {
        return module.getDelegateObject() instanceof org.scijava.Cancelable c && c.isCanceled();
    }

    private static void show(Module module) {
        for (ModuleItem<?> out : module.getInfo().outputs()) {
            if (module.getOutput(out.getName()) instanceof ImagePlus imp) {
                imp.show();
            }
        }
    }

    private static void fail(Context context, String name, String message) {
        UserErrors.report(name, message, context.service(LogService.class));
    }

    static String name(CommandInfo info) {
        return info.getMenuPath().getLeaf().getName();
    }

    /** {@code run("Name", "key1=… key2=…")} listing every key. */
    static String usage(CommandInfo info) {
        StringBuilder sb = new StringBuilder("run(\"" + name(info) + "\", \"");
        List<ModuleItem<?>> keys = MacroKeys.of(info);
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(keys.get(i).getName()).append("=…");
        }
        return sb.append("\")").toString();
    }
}
