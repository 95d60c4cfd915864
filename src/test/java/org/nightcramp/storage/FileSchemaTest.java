package org.nightcramp.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightcramp.app.Settings;
import org.nightcramp.assessment.Answers;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.page.MorningPrompt;
import org.nightcramp.relief.ReliefPreferences;
import org.nightcramp.relief.VoiceSetting;
import org.nightcramp.reminder.ReminderSettings;

/** The schema a store writes is read from its defaults as the file itself would carry it. */
class FileSchemaTest {

    private final ObjectMapper mapper = StrictJson.create();

    @Test
    void everyStoredTypeGivesTheSchemaItsJsonCarries() {
        List<Object> defaults = List.of(Settings.defaults(), Answers.empty(), Diary.empty(), MorningPrompt.defaults(),
                ReminderSettings.defaults(), VoiceSetting.defaults(), ReliefPreferences.defaults());
        for (Object value : defaults) {
            JsonNode written = mapper.valueToTree(value);
            assertTrue(written.path(KeptFields.SCHEMA).isInt(), value.getClass() + " writes a schema");
            assertEquals(written.get(KeptFields.SCHEMA).intValue(), schema(value), value.getClass().getName());
        }
    }

    @Test
    void aRecordWithoutSchemaOrAPlainClassHasNone() {
        record Plain(String name) {
        }
        record Named(long schema) {
        }
        assertEquals(-1, FileSchema.schemaOf(Plain.class, new Plain("x")));
        assertEquals(-1, FileSchema.schemaOf(Named.class, new Named(3)), "a schema must be an int, as in JSON");
        assertEquals(-1, FileSchema.schemaOf(String.class, "schema"));
    }

    @Test
    void aPrivateRecordStillHasItsSchemaRead() {
        assertEquals(7, FileSchema.schemaOf(Hidden.class, new Hidden(7, "x")));
    }

    private record Hidden(int schema, String name) {
    }

    @SuppressWarnings("unchecked")
    private static <T> int schema(T value) {
        return FileSchema.schemaOf((Class<T>) value.getClass(), value);
    }
}
