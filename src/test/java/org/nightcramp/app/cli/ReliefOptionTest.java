package org.nightcramp.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReliefOptionTest {

    @Test
    void takesTheRoutineOutAndKeepsTheRestInOrder() throws Exception {
        ReliefOption option = ReliefOption.split(List.of("--locale", "en", "--relief", "before-bed", "--data-dir", "d"));
        assertEquals(Optional.of("before-bed"), option.routine());
        assertEquals(List.of("--locale", "en", "--data-dir", "d"), option.rest());
        assertEquals(Optional.of("en"), CommandLine.parse(option.rest()).locale());
    }

    @Test
    void acceptsTheInlineForm() throws Exception {
        assertEquals(Optional.of("cramp-now"), ReliefOption.split(List.of("--relief=cramp-now")).routine());
    }

    @Test
    void withoutItNothingChanges() throws Exception {
        ReliefOption option = ReliefOption.split(List.of("--locale", "en"));
        assertEquals(Optional.empty(), option.routine());
        assertEquals(List.of("--locale", "en"), option.rest());
    }

    @Test
    void aMissingRoutineIsAUsageError() {
        var e = assertThrows(CommandLine.UsageException.class, () -> ReliefOption.split(List.of("--relief", "--locale", "en")));
        assertEquals("cli.missingValue", e.key());
        assertEquals("--relief", e.argument());
    }
}
