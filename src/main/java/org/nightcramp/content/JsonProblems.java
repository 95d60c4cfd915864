package org.nightcramp.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into problems a translator can act on: file, path, line, column. */
final class JsonProblems {

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private JsonProblems() {
    }

    static ContentProblem from(String file, String pathPrefix, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        String path = pathPrefix;
        if (e instanceof JsonMappingException m) {
            path = join(pathPrefix, m.getPath());
        }
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return ContentProblem.at(file, path, line, column, "json.unknownProperty",
                    u.getPropertyName(), known);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            return ContentProblem.at(file, path, line, column, "json.badValue",
                    f.getValue(), enumValues(f.getTargetType()));
        }
        if (raw.startsWith("Missing required creator property") || raw.startsWith("Missing creator property")) {
            return ContentProblem.at(file, path, line, column, "json.missingProperty", quoted(raw));
        }
        if (raw.startsWith("Null value for creator property")
                || raw.contains("null value") || raw.contains("from Null value")) {
            return ContentProblem.at(file, path, line, column, "json.nullValue", quoted(raw));
        }
        if (e instanceof InvalidNullException || raw.startsWith("Cannot map `null` into type")) {
            // A null in a list, number or true/false: the message does not name it, so use the path.
            return ContentProblem.at(file, path, line, column, "json.nullValue", path.substring(path.lastIndexOf('.') + 1));
        }
        if (raw.startsWith("Trailing token")) {
            return ContentProblem.at(file, path, line, column, "json.trailing");
        }
        if (raw.startsWith("Duplicate field")) {
            return ContentProblem.at(file, path, line, column, "json.duplicateKey", quoted(raw));
        }
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return ContentProblem.at(file, path, line, column,
                    raw.contains("nesting depth") ? "json.tooDeep" : "json.tooLarge");
        }
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            return ContentProblem.at(file, path, line, column, "json.wrongType",
                    typeName(mi.getTargetType()));
        }
        return ContentProblem.at(file, path, line, column, "json.syntax", firstLine(raw));
    }

    static String join(String prefix, List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder(prefix);
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The words people write in the JSON, not Java's class names. */
    static String typeName(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == int.class || type == Integer.class || type == double.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true/false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "list [...]";
        }
        if (type.isEnum()) {
            return "one of " + enumValues(type);
        }
        return "object {...}";
    }

    private static String enumValues(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getFields())
                .filter(java.lang.reflect.Field::isEnumConstant)
                .map(f -> {
                    var ann = f.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                    return "\"" + (ann != null ? ann.value() : f.getName()) + "\"";
                })
                .collect(Collectors.joining(", "));
    }

    private static String quoted(String raw) {
        Matcher m = QUOTED.matcher(raw);
        return m.find() ? m.group(1) : "?";
    }

    private static String firstLine(String raw) {
        int nl = raw.indexOf('\n');
        return nl < 0 ? raw : raw.substring(0, nl);
    }
}
