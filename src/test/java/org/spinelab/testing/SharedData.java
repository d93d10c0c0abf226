package org.spinelab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the outside reference data in {@code ../shared/} (beside the checkout in CI). A missing
 * file fails the test — conformance tests are never skipped silently.
 */
public final class SharedData {

    private SharedData() {}

    /** The {@code shared/} directory. */
    public static Path root() {
        String p = System.getProperty("spinelab.shared");
        Path root = p != null ? Path.of(p) : Path.of("..", "shared");
        if (!Files.isDirectory(root)) {
            fail("conformance data not found at " + root.toAbsolutePath() + " (expected ../shared beside the checkout)");
        }
        return root.toAbsolutePath().normalize();
    }

    /** A file or directory under {@code shared/conformance/}, which must exist. */
    public static Path conformance(String relative) {
        Path f = root().resolve("conformance").resolve(relative);
        if (!Files.exists(f)) {
            fail("conformance file missing: " + f);
        }
        return f;
    }
}
