package org.spinelab.testing;

import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * Groovy as a SciJava script language in the tests: Groovy's JSR-223 engine adapted for ScriptService,
 * which discovers languages as plugins only. Fiji has its own Groovy language plugin; this stands in for
 * it so that scripts/*.groovy run here as they do in Fiji's Script Editor.
 */
@Plugin(type = ScriptLanguage.class, name = "Groovy")
public final class GroovyForTests extends AdaptedScriptLanguage {

    public GroovyForTests() {
        super("groovy");
    }
}
