package org.spinelab.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON writer of the study's files: indented, NaN written as null (JSON has no NaN). */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    /** A number for JSON: null when not finite. */
    static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
