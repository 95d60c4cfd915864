package org.nightcramp.content;

import java.util.List;
import java.util.Optional;

/** One locale's whole guide, as read from {@code content/<locale>/guide.json}. */
public record Guide(
        int schema,
        Meta meta,
        List<Cause> causes,
        List<OtherFactor> otherFactors,
        List<AboutYouItem> aboutYou,
        List<Advice> advice,
        List<Routine> routines,
        MedicalHelp medicalHelp) {

    /** The only schema version this build reads. */
    public static final int SCHEMA = 1;

    public Guide {
        causes = List.copyOf(causes);
        otherFactors = List.copyOf(otherFactors);
        aboutYou = List.copyOf(aboutYou);
        advice = List.copyOf(advice);
        routines = List.copyOf(routines);
    }

    public Optional<Cause> cause(String id) {
        return causes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<OtherFactor> otherFactor(String id) {
        return otherFactors.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Advice> adviceItem(String id) {
        return advice.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Routine> routine(String id) {
        return routines.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return meta.sources().stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
