package org.nightcramp.content;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code guide.json} strictly, one section and one list item at a time, so a translator
 * sees every broken cause or step in one run instead of only the first.
 */
final class GuideReader {

    /** The top-level properties of guide.json, in the Guide record's order. */
    private static final Map<String, Type> SECTIONS = new LinkedHashMap<>();
    /** Safety point id to its wording: text values only, never numbers or objects. */
    private static final Type TEXT_BY_ID = new TypeReference<LinkedHashMap<String, String>>() { }.getType();
    private static final Map<String, Class<?>> LIST_SECTIONS = Map.of(
            "causes", Cause.class, "otherFactors", OtherFactor.class, "aboutYou", AboutYouItem.class,
            "advice", Advice.class, "routines", Routine.class);

    static {
        SECTIONS.put("schema", Integer.class);
        SECTIONS.put("meta", Meta.class);
        SECTIONS.put("causes", List.class);
        SECTIONS.put("otherFactors", List.class);
        SECTIONS.put("aboutYou", List.class);
        SECTIONS.put("advice", List.class);
        SECTIONS.put("routines", List.class);
        SECTIONS.put("medicalHelp", MedicalHelp.class);
        SECTIONS.put("safetyPoints", TEXT_BY_ID);
    }

    private final ObjectMapper mapper;

    GuideReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The guide, when every section read cleanly; the problems found either way. */
    record Result(Optional<Guide> guide, List<ContentProblem> problems) {
    }

    Result read(String file, byte[] data) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        try (JsonParser p = mapper.createParser(data)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(at(file, "$", p, "json.notObject"));
                return new Result(Optional.empty(), problems);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!SECTIONS.containsKey(name)) {
                    problems.add(at(file, "$." + name, p, "json.unknownProperty", name,
                            String.join(", ", SECTIONS.keySet())));
                    p.skipChildren();
                } else if (LIST_SECTIONS.containsKey(name)) {
                    readList(p, file, name, LIST_SECTIONS.get(name), problems)
                            .ifPresent(v -> values.put(name, v));
                } else {
                    readOne(p, file, "$." + name, mapper.getTypeFactory().constructType(SECTIONS.get(name)), problems)
                            .ifPresent(v -> values.put(name, v));
                }
            }
            if (p.nextToken() != null) {
                problems.add(at(file, "$", p, "json.trailing"));
            }
        } catch (AlreadyReported e) {
            return new Result(Optional.empty(), problems);
        } catch (JsonProcessingException e) {
            // Broken syntax leaves nothing reliable to read on from.
            problems.add(JsonProblems.from(file, "$", e));
            return new Result(Optional.empty(), problems);
        } catch (IOException e) {
            problems.add(ContentProblem.of(file, "", "file.unreadable", e.getMessage()));
            return new Result(Optional.empty(), problems);
        }
        for (String name : SECTIONS.keySet()) {
            if (!values.containsKey(name) && problems.stream().noneMatch(pr -> within(pr.where(), "$." + name))) {
                problems.add(ContentProblem.of(file, "$", "json.missingProperty", name));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(assemble(values)), problems);
    }

    @SuppressWarnings("unchecked")
    private static Guide assemble(Map<String, Object> v) {
        return new Guide((Integer) v.get("schema"), (Meta) v.get("meta"),
                (List<Cause>) v.get("causes"), (List<OtherFactor>) v.get("otherFactors"),
                (List<AboutYouItem>) v.get("aboutYou"), (List<Advice>) v.get("advice"), (List<Routine>) v.get("routines"),
                (MedicalHelp) v.get("medicalHelp"), (Map<String, String>) v.get("safetyPoints"));
    }

    private Optional<List<Object>> readList(JsonParser p, String file, String name, Class<?> type,
                                            List<ContentProblem> problems) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            problems.add(at(file, "$." + name, p, "json.nullValue", name));
            return Optional.empty();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.add(at(file, "$." + name, p, "json.wrongType", JsonProblems.typeName(List.class)));
            p.skipChildren();
            return Optional.empty();
        }
        List<Object> items = new ArrayList<>();
        boolean ok = true;
        JavaType javaType = mapper.constructType(type);
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            Optional<Object> item = readOne(p, file, "$." + name + "[" + i + "]", javaType, problems);
            ok &= item.isPresent();
            item.ifPresent(items::add);
        }
        return ok ? Optional.of(items) : Optional.empty();
    }

    /**
     * Only the meta section, read as strictly as in {@link #read}, skipping the rest of the file
     * unread: the language list names every language, and one not chosen need not be read whole.
     * Empty when the file or its meta cannot be read; {@link #read} reports why.
     */
    Optional<Meta> meta(String file, byte[] data) {
        try (JsonParser p = mapper.createParser(data)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("meta")) {
                    return readOne(p, file, "$.meta", mapper.getTypeFactory().constructType(Meta.class),
                            new ArrayList<>()).map(Meta.class::cast);
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            // Not JSON: empty, as documented.
        }
        return Optional.empty();
    }

    /** Reads one value; on a mapping error records it and skips to the value's end. */
    private Optional<Object> readOne(JsonParser p, String file, String path, JavaType type,
                                     List<ContentProblem> problems) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            problems.add(at(file, path, p, "json.nullValue", path.substring(path.lastIndexOf('.') + 1)));
            return Optional.empty();
        }
        // A container's own context is already open here; its end token closes it again.
        boolean container = p.currentToken().isStructStart();
        int depth = p.getParsingContext().getNestingDepth();
        try {
            // Sections are read from the middle of the file; the whole file's end is checked in read().
            return Optional.of(mapper.readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p));
        } catch (JsonParseException e) {
            throw e;
        } catch (JsonProcessingException e) {
            problems.add(JsonProblems.from(file, path, e));
            if (e.getCause() instanceof JsonParseException || e.getCause() instanceof StreamConstraintsException) {
                // Jackson wrapped broken syntax or a size limit met inside the value: stop here too.
                throw new AlreadyReported();
            }
            while (container && p.currentToken() != null
                    && p.getParsingContext().getNestingDepth() >= depth) {
                p.nextToken();
            }
            return Optional.empty();
        }
    }

    /** Stops reading after a problem the parser cannot read on from; the problem is already listed. */
    private static final class AlreadyReported extends IOException {
    }

    /** True when the path is the section or inside it: "$.advices" is not inside "$.advice". */
    private static boolean within(String path, String section) {
        return path.equals(section) || path.startsWith(section + ".") || path.startsWith(section + "[");
    }

    private static ContentProblem at(String file, String path, JsonParser p, String code, Object... args) {
        var loc = p.currentTokenLocation();
        return ContentProblem.at(file, path, loc.getLineNr(), loc.getColumnNr(), code, args);
    }
}
