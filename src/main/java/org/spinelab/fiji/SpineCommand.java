package org.spinelab.fiji;

import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * Base of the Spine Radiomics commands: runs {@link #execute()} and turns a bad input
 * ({@link InvalidInputException}) into one error message ({@link UserErrors}) and a cancelled command
 * whose cancel reason is that message — so Fiji shows no outputs, scripts see
 * {@code module.isCanceled()}, and the macro bridge stops the macro. Subclasses only harvest
 * {@code @Parameter}s and call the core.
 */
public abstract class SpineCommand extends ContextCommand {

    @Parameter
    private StatusService statusService;

    @Parameter
    private LogService logService;

    @Override
    public final void run() {
        try {
            execute();
        } catch (InvalidInputException e) {
            UserErrors.report(commandName(), e.getMessage(), logService);
            cancel(e.getMessage());
        }
    }

    /** The command's work; throws {@link InvalidInputException} for bad input. */
    protected abstract void execute();

    /** Progress shown in the status bar, prefixed with the command's name. */
    protected Progress progress() {
        return new StatusProgress(statusService, commandName());
    }

    protected LogService log() {
        return logService;
    }

    /** The menu label, e.g. "Open Medical Volume". */
    public String commandName() {
        return commandName(getClass());
    }

    static String commandName(Class<?> commandClass) {
        Plugin p = commandClass.getAnnotation(Plugin.class);
        String path = p == null ? "" : p.menuPath();
        int gt = path.lastIndexOf('>');
        return gt >= 0 ? path.substring(gt + 1).trim() : commandClass.getSimpleName();
    }
}
