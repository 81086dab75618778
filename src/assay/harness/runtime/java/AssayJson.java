// Assay's Java runtime: a type-driven strict JSON reader and the canonical writer
// (the protocol: docs/function-problems.md).
//
// Single-type imports on purpose: they shadow classes the user declares in the default package
// (a user's `class Entry` or `class List` must not change what these names mean here).
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

final class AssayJson {
    static final int MAX_NODES = 1_000_000;

    // Set by __Driver__ only when the signature uses the node type, so that a user may declare
    // a class named ListNode or TreeNode of their own in any other problem.
    static Nodes lists;
    static Nodes trees;

    private AssayJson() {}

    /** The result does not fit the declared type: kind "type", "cycle" or "size". */
    static final class Fault extends Exception {
        final String kind;

        Fault(String kind, String message) {
            super(message, null, false, false);
            this.kind = kind;
        }
    }

    /** Reads and writes one node type (ListNode, TreeNode). */
    interface Nodes {
        Class<?> nodeClass();

        Object read(Reader in);

        void write(Object value, StringBuilder out) throws Fault;
    }

    /** For a design problem: the parameter types of call `call`, null for an unknown one. */
    interface CallTypes {
        Type[] of(int call, String operation);
    }

    enum Kind {
        INTEGER, LONG, DOUBLE, BOOLEAN, CHARACTER, STRING, VOID, LIST_NODE, TREE_NODE, ARRAY, LIST
    }

    /** A declared type, parsed from its spec text: `integer`, `string[][]`, `list<integer[]>`. */
    static final class Type {
        final Kind kind;
        final Type element;
        final String text;

        private Type(Kind kind, Type element, String text) {
            this.kind = kind;
            this.element = element;
            this.text = text;
        }

        static Type parse(String text) {
            String trimmed = text.trim();
            if (trimmed.endsWith("[]")) {
                return new Type(Kind.ARRAY, parse(trimmed.substring(0, trimmed.length() - 2)), trimmed);
            }
            if (trimmed.startsWith("list<") && trimmed.endsWith(">")) {
                return new Type(Kind.LIST, parse(trimmed.substring(5, trimmed.length() - 1)), trimmed);
            }
            return new Type(leafKind(trimmed), null, trimmed);
        }

        private static Kind leafKind(String text) {
            switch (text) {
                case "integer": return Kind.INTEGER;
                case "long": return Kind.LONG;
                case "double": return Kind.DOUBLE;
                case "boolean": return Kind.BOOLEAN;
                case "character": return Kind.CHARACTER;
                case "string": return Kind.STRING;
                case "void": return Kind.VOID;
                case "ListNode": return Kind.LIST_NODE;
                case "TreeNode": return Kind.TREE_NODE;
                default: throw new IllegalArgumentException("unknown type " + text);
            }
        }

        /** The class of a value of this type, as an array element (int for integer). */
        Class<?> javaClass() {
            switch (kind) {
                case INTEGER: return int.class;
                case LONG: return long.class;
                case DOUBLE: return double.class;
                case BOOLEAN: return boolean.class;
                case CHARACTER: return char.class;
                case STRING: return String.class;
                case LIST_NODE: return lists.nodeClass();
                case TREE_NODE: return trees.nodeClass();
                case ARRAY: return element.javaClass().arrayType();
                case LIST: return List.class;
                default: throw new IllegalArgumentException("no values of type " + text);
            }
        }
    }

    // --- reading ---------------------------------------------------------------------------

    /** One whole JSON line as a value of `type`. */
    static Object read(String line, Type type) {
        Reader in = new Reader(line);
        Object value = in.value(type);
        in.end();
        return value;
    }

    /** One test's arguments, a line each. */
    static Object[] readAll(String[] lines, Type[] types) {
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = read(lines[i], types[i]);
        }
        return values;
    }

    /** A design test's argument lists, each read with the types of its operation. */
    static Object[][] readCalls(String line, String[] operations, CallTypes types) {
        Reader in = new Reader(line);
        Object[][] calls = new Object[operations.length][];
        in.expect('[');
        int call = 0;
        for (; in.hasNext(call); call++) {
            if (call >= operations.length) {
                throw in.error("more argument lists than operations");
            }
            Type[] params = types.of(call, operations[call]);
            if (params == null) {
                throw in.error("unknown operation " + operations[call]);
            }
            calls[call] = in.arguments(params);
        }
        if (call != operations.length) {
            throw in.error("fewer argument lists than operations");
        }
        in.end();
        return calls;
    }

    /** A strict JSON reader that builds the Java value of the declared type directly. */
    static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        Object value(Type type) {
            skipSpace();
            switch (type.kind) {
                case INTEGER: return (int) integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
                case LONG: return integer(Long.MIN_VALUE, Long.MAX_VALUE);
                case DOUBLE: return real();
                case BOOLEAN: return bool();
                case CHARACTER: return character();
                case STRING: return string();
                case LIST_NODE: return lists.read(this);
                case TREE_NODE: return trees.read(this);
                case ARRAY: return toArray(type.element, items(type.element));
                case LIST: return items(type.element);
                default: throw error("cannot read a value of type " + type.text);
            }
        }

        /** A JSON array of integers (a ListNode). */
        int[] ints() {
            Type integer = Type.parse("integer");
            return (int[]) toArray(integer, items(integer));
        }

        /** A JSON array of integers and nulls (a TreeNode's level order). */
        List<Integer> nullableInts() {
            List<Integer> values = new ArrayList<>();
            expect('[');
            for (int i = 0; hasNext(i); i++) {
                skipSpace();
                values.add(literal("null") ? null : (int) integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
            }
            return values;
        }

        Object[] arguments(Type[] params) {
            Object[] values = new Object[params.length];
            expect('[');
            int count = 0;
            for (; hasNext(count); count++) {
                if (count >= params.length) {
                    throw error("too many arguments");
                }
                values[count] = value(params[count]);
            }
            if (count != params.length) {
                throw error("expected " + params.length + " arguments, got " + count);
            }
            return values;
        }

        void end() {
            skipSpace();
            if (pos != text.length()) {
                throw error("unexpected text after the value");
            }
        }

        private List<Object> items(Type element) {
            List<Object> values = new ArrayList<>();
            expect('[');
            for (int i = 0; hasNext(i); i++) {
                values.add(value(element));
            }
            return values;
        }

        /** After '[': true when item `index` follows (its ',' consumed), false at ']' (consumed). */
        private boolean hasNext(int index) {
            skipSpace();
            if (index == 0) {
                if (peek() == ']') {
                    pos++;
                    return false;
                }
                return true;
            }
            char c = next();
            if (c == ',') {
                return true;
            }
            if (c == ']') {
                return false;
            }
            throw error("expected ',' or ']'");
        }

        private long integer(long low, long high) {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            digits();
            String token = text.substring(start, pos);
            if (peek() == '.' || peek() == 'e' || peek() == 'E') {
                throw error("expected an integer, got a fraction or an exponent");
            }
            long value;
            try {
                value = Long.parseLong(token);
            } catch (NumberFormatException e) {
                throw error("integer " + token + " is out of range");
            }
            if (value < low || value > high) {
                throw error("integer " + token + " is out of range");
            }
            return value;
        }

        private double real() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            digits();
            if (peek() == '.') {
                pos++;
                digitRun();
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                digitRun();
            }
            double value = Double.parseDouble(text.substring(start, pos));
            if (Double.isInfinite(value)) {
                throw error("a double must be finite");
            }
            return value;
        }

        /** JSON's int part: 0, or a non-zero digit and more digits. */
        private void digits() {
            if (peek() == '0') {
                pos++;
                return;
            }
            digitRun();
        }

        private void digitRun() {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                pos++;
            }
            if (pos == start) {
                throw error("expected a digit");
            }
        }

        private boolean bool() {
            if (literal("true")) {
                return true;
            }
            if (literal("false")) {
                return false;
            }
            throw error("expected true or false");
        }

        private boolean literal(String word) {
            if (text.startsWith(word, pos)) {
                pos += word.length();
                return true;
            }
            return false;
        }

        private char character() {
            String value = string();
            if (value.length() != 1) {
                throw error("expected a one-character string");
            }
            return value.charAt(0);
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("a control character in a string");
                }
                out.append(c == '\\' ? escape() : c);
            }
        }

        private char escape() {
            char c = next();
            switch (c) {
                case '"': return '"';
                case '\\': return '\\';
                case '/': return '/';
                case 'b': return '\b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'u': return unicodeEscape();
                default: throw error("bad escape \\" + c);
            }
        }

        private char unicodeEscape() {
            if (pos + 4 > text.length()) {
                throw error("a short \\u escape");
            }
            int code = 0;
            for (int i = 0; i < 4; i++) {
                int digit = Character.digit(text.charAt(pos++), 16);
                if (digit < 0) {
                    throw error("a bad \\u escape");
                }
                code = code * 16 + digit;
            }
            return (char) code;
        }

        private void expect(char wanted) {
            skipSpace();
            if (next() != wanted) {
                throw error("expected '" + wanted + "'");
            }
        }

        private void skipSpace() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private char next() {
            if (pos >= text.length()) {
                throw error("unexpected end of line");
            }
            return text.charAt(pos++);
        }

        private IllegalArgumentException error(String why) {
            return new IllegalArgumentException("bad input at column " + (pos + 1) + ": " + why);
        }
    }

    private static Object toArray(Type element, List<Object> items) {
        int n = items.size();
        switch (element.kind) {
            case INTEGER: {
                int[] values = new int[n];
                for (int i = 0; i < n; i++) values[i] = (Integer) items.get(i);
                return values;
            }
            case LONG: {
                long[] values = new long[n];
                for (int i = 0; i < n; i++) values[i] = (Long) items.get(i);
                return values;
            }
            case DOUBLE: {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) values[i] = (Double) items.get(i);
                return values;
            }
            case BOOLEAN: {
                boolean[] values = new boolean[n];
                for (int i = 0; i < n; i++) values[i] = (Boolean) items.get(i);
                return values;
            }
            case CHARACTER: {
                char[] values = new char[n];
                for (int i = 0; i < n; i++) values[i] = (Character) items.get(i);
                return values;
            }
            default:
                return items.toArray((Object[]) Array.newInstance(element.javaClass(), n));
        }
    }

    // --- writing ---------------------------------------------------------------------------

    /** The canonical JSON of `value` as declared by `type`. */
    static String write(Type type, Object value) throws Fault {
        StringBuilder out = new StringBuilder();
        write(type, value, out);
        return out.toString();
    }

    /** The first `length` items of a sequence (`output: {param, length: return}`). */
    static String writePrefix(Type type, Object value, int length) throws Fault {
        int size = sequenceSize(type, value);
        if (length < 0 || length > size) {
            throw new Fault("size", "returned length " + length + " is outside 0.." + size);
        }
        StringBuilder out = new StringBuilder();
        writeSequence(type, value, length, out);
        return out.toString();
    }

    /** A design test's results: JSON values joined into a list. */
    static String joinList(List<String> values) {
        return "[" + String.join(",", values) + "]";
    }

    static void write(Type type, Object value, StringBuilder out) throws Fault {
        switch (type.kind) {
            case INTEGER: out.append((int) (Integer) leaf(type, value, Integer.class)); return;
            case LONG: out.append((long) (Long) leaf(type, value, Long.class)); return;
            case DOUBLE: writeDouble((Double) leaf(type, value, Double.class), out); return;
            case BOOLEAN: out.append((boolean) (Boolean) leaf(type, value, Boolean.class)); return;
            case CHARACTER:
                writeString(String.valueOf((char) (Character) leaf(type, value, Character.class)), out);
                return;
            case STRING: writeString((String) leaf(type, value, String.class), out); return;
            case VOID: out.append("null"); return;
            case LIST_NODE: lists.write(value, out); return;
            case TREE_NODE: trees.write(value, out); return;
            default: writeSequence(type, value, sequenceSize(type, value), out);
        }
    }

    private static Object leaf(Type type, Object value, Class<?> expected) throws Fault {
        if (!expected.isInstance(value)) {
            throw mismatch(type, value);
        }
        return value;
    }

    static Fault mismatch(Type type, Object value) {
        String got = value == null ? "null" : value.getClass().getSimpleName();
        return new Fault("type", "returned " + got + " where " + type.text + " was declared");
    }

    private static int sequenceSize(Type type, Object value) throws Fault {
        if (type.kind == Kind.LIST) {
            if (!(value instanceof List)) {
                throw mismatch(type, value);
            }
            return ((List<?>) value).size();
        }
        if (!type.javaClass().isInstance(value)) {
            throw mismatch(type, value);
        }
        return Array.getLength(value);
    }

    private static void writeSequence(Type type, Object value, int count, StringBuilder out)
            throws Fault {
        out.append('[');
        if (type.kind == Kind.LIST) {
            writeListItems(type.element, (List<?>) value, count, out);
        } else {
            writeArrayItems(type.element, value, count, out);
        }
        out.append(']');
    }

    private static void writeListItems(Type element, List<?> items, int count, StringBuilder out)
            throws Fault {
        int index = 0;
        for (Object item : items) {
            if (index == count) {
                break;
            }
            if (index++ > 0) {
                out.append(',');
            }
            write(element, item, out);
        }
    }

    private static void writeArrayItems(Type element, Object array, int count, StringBuilder out)
            throws Fault {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(',');
            }
            switch (element.kind) {
                case INTEGER: out.append(((int[]) array)[i]); break;
                case LONG: out.append(((long[]) array)[i]); break;
                case DOUBLE: writeDouble(((double[]) array)[i], out); break;
                case BOOLEAN: out.append(((boolean[]) array)[i]); break;
                case CHARACTER: writeString(String.valueOf(((char[]) array)[i]), out); break;
                default: write(element, ((Object[]) array)[i], out);
            }
        }
    }

    private static void writeDouble(double value, StringBuilder out) throws Fault {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new Fault("type", "returned " + value + ", which is not a finite double");
        }
        // Double.toString gives a valid JSON number ("1.0E-300") that reads back exactly.
        out.append(value);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** As Python's json.dumps: ASCII only, `\\uXXXX` for the rest (the records stay ASCII). */
    static void writeString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]);
                        out.append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
