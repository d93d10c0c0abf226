package org.spinelab.radiomics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the Python literals PyRadiomics writes into its baseline tables (the
 * {@code diagnostics_Configuration_Settings} dicts): dicts, lists, tuples, strings, ints, floats,
 * True/False/None.
 */
final class PythonLiteral {

    private final String s;
    private int pos;

    private PythonLiteral(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        PythonLiteral p = new PythonLiteral(text);
        Object v = p.value();
        p.ws();
        if (p.pos != p.s.length()) {
            throw new IllegalArgumentException("trailing text at " + p.pos + ": " + text);
        }
        return v;
    }

    private void ws() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private Object value() {
        ws();
        char c = s.charAt(pos);
        if (c == '{') {
            pos++;
            Map<String, Object> m = new LinkedHashMap<>();
            ws();
            if (s.charAt(pos) == '}') {
                pos++;
                return m;
            }
            while (true) {
                Object k = value();
                ws();
                expect(':');
                m.put(String.valueOf(k), value());
                ws();
                if (s.charAt(pos) == ',') {
                    pos++;
                    ws();
                    if (s.charAt(pos) == '}') {
                        pos++;
                        return m;
                    }
                    continue;
                }
                expect('}');
                return m;
            }
        }
        if (c == '[' || c == '(') {
            char close = c == '[' ? ']' : ')';
            pos++;
            List<Object> l = new ArrayList<>();
            ws();
            if (s.charAt(pos) == close) {
                pos++;
                return l;
            }
            while (true) {
                l.add(value());
                ws();
                if (s.charAt(pos) == ',') {
                    pos++;
                    ws();
                    if (s.charAt(pos) == close) {
                        pos++;
                        return l;
                    }
                    continue;
                }
                expect(close);
                return l;
            }
        }
        if (c == '\'' || c == '"') {
            int end = s.indexOf(c, pos + 1);
            String str = s.substring(pos + 1, end);
            pos = end + 1;
            return str;
        }
        int start = pos;
        while (pos < s.length() && "{}[](),:".indexOf(s.charAt(pos)) < 0 && !Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        String tok = s.substring(start, pos);
        switch (tok) {
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "None":
                return null;
            default:
                if (tok.matches("[-+]?\\d+")) {
                    return Integer.parseInt(tok);
                }
                return Double.parseDouble(tok);
        }
    }

    private void expect(char c) {
        if (s.charAt(pos) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos + " in " + s);
        }
        pos++;
    }
}
