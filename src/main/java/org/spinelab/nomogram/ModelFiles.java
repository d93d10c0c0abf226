package org.spinelab.nomogram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.spinelab.util.AtomicOutput;
import org.spinelab.util.InvalidInputException;

/**
 * Fitted signatures and nomograms as JSON files (Jackson), so a model fitted on a training set can be
 * applied to new cases later. Files carry a {@code kind} and a format version; reading checks both.
 */
public final class ModelFiles {

    static final int VERSION = 1;

    /** File envelope of a radiomics signature. */
    public record SignatureFile(String kind, int version, RadiomicsSignature signature) {}

    /** File envelope of a nomogram (its axes hold the model's coefficients). */
    public record NomogramFile(String kind, int version, Nomogram nomogram) {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelFiles() {}

    public static void write(Path path, RadiomicsSignature s) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(new SignatureFile("radiomics-signature", VERSION, s));
        AtomicOutput.write(path, out -> out.write(bytes));
    }

    public static void write(Path path, Nomogram n) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(new NomogramFile("nomogram", VERSION, n));
        AtomicOutput.write(path, out -> out.write(bytes));
    }

    public static RadiomicsSignature readSignature(Path path) {
        SignatureFile f = read(path, SignatureFile.class);
        check(path, f.kind(), "radiomics-signature", f.version());
        return f.signature();
    }

    public static Nomogram readNomogram(Path path) {
        NomogramFile f = read(path, NomogramFile.class);
        check(path, f.kind(), "nomogram", f.version());
        return f.nomogram();
    }

    private static <T> T read(Path path, Class<T> type) {
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(path + ": no such file");
        }
        try {
            return MAPPER.readValue(path.toFile(), type);
        } catch (IOException e) {
            throw new InvalidInputException(path + ": not a valid model file: " + e.getMessage(), e);
        }
    }

    private static void check(Path path, String kind, String expected, int version) {
        if (!expected.equals(kind)) {
            throw new InvalidInputException(path + ": holds a '" + kind + "', expected a '" + expected + "'");
        }
        if (version != VERSION) {
            throw new InvalidInputException(path + ": model file version " + version + ", this program reads " + VERSION);
        }
    }
}
