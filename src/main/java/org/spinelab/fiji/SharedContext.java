package org.spinelab.fiji;

import org.scijava.Context;

/**
 * The SciJava context of the macro bridge in plain ImageJ 1.x, made on first use. ImageJ 1.x loads
 * our jar with its own plugin class loader, which SciJava's plugin discovery (through the thread's
 * context class loader) would not see: the context is built with that loader in place.
 */
final class SharedContext {

    private static Context context;

    private SharedContext() {}

    static synchronized Context get() {
        if (context == null) {
            context = withOurClassLoader(Context::new);
            context.service(org.scijava.event.EventService.class).subscribe(new Ij1StatusBar());
        }
        return context;
    }

    /** Runs {@code work} with this jar's class loader as the thread's context class loader. */
    static <T> T withOurClassLoader(java.util.function.Supplier<T> work) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(SharedContext.class.getClassLoader());
        try {
            return work.get();
        } finally {
            t.setContextClassLoader(previous);
        }
    }
}
