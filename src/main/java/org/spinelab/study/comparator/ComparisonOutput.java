package org.spinelab.study.comparator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Publishes a report without ever leaving a half-written one: everything is written to a hidden
 * staging folder next to the output folder, then moved in file by file with {@code comparison.csv}
 * last, so its presence means the set is complete. A failure removes the staging folder.
 */
public final class ComparisonOutput {

    private ComparisonOutput() {}

    public static void publish(AblationStudy.Result r, Path out) throws IOException {
        Path abs = out.toAbsolutePath();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".staging-");
        try {
            ComparisonReport.write(r, staging);
            Files.createDirectories(abs);
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(staging)) {
                s.sorted(Comparator.comparing((Path p) -> p.getFileName().toString().equals("comparison.csv"))
                        .thenComparing(Path::toString)).forEach(files::add);
            }
            for (Path f : files) {
                Path target = abs.resolve(f.getFileName());
                try {
                    Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            try (Stream<Path> s = Files.walk(staging)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
