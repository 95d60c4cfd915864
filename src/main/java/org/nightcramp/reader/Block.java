package org.nightcramp.reader;

import java.util.List;
import java.util.stream.Stream;

/** One piece of a reader section; {@link #texts()} lists the text it shows, in reading order. */
public sealed interface Block {

    /** The visible text runs of this block, in the order the reader renders them; find searches these. */
    List<String> texts();

    /** An ordinary paragraph. */
    record Paragraph(String text) implements Block {
        @Override
        public List<String> texts() {
            return List.of(text);
        }
    }

    /** A larger opening sentence. */
    record Lead(String text) implements Block {
        @Override
        public List<String> texts() {
            return List.of(text);
        }
    }

    /** A heading inside a section. */
    record Subheading(String text) implements Block {
        @Override
        public List<String> texts() {
            return List.of(text);
        }
    }

    /** An unordered list. */
    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }

        @Override
        public List<String> texts() {
            return items;
        }
    }

    /** A drawing from {@code content/illustrations/}; the description is for screen readers only. */
    record Illustration(String fileName, String description) implements Block {
        @Override
        public List<String> texts() {
            return List.of();
        }
    }

    /** A tinted box: an optional paragraph and optional points under a title. */
    record Note(NoteKind kind, String title, String text, List<String> points) implements Block {
        public Note {
            points = List.copyOf(points);
        }

        public Note(NoteKind kind, String title, String text) {
            this(kind, title, text, List.of());
        }

        @Override
        public List<String> texts() {
            return Stream.concat(Stream.of(title, text).filter(s -> !s.isBlank()), points.stream()).toList();
        }
    }

    /** What a note box is for; warnings and emergencies must stand out. */
    enum NoteKind { DISCLAIMER, EVIDENCE, WARNING, EMERGENCY }

    /** A routine's steps, numbered in order. */
    record Steps(List<Step> steps) implements Block {
        public Steps {
            steps = List.copyOf(steps);
        }

        @Override
        public List<String> texts() {
            return steps.stream().flatMap(s -> s.texts().stream()).toList();
        }
    }

    /** One routine step; {@code timing} is blank for untimed steps. */
    record Step(String title, String instruction, String timing, String illustration) {
        public List<String> texts() {
            return Stream.of(title, instruction, timing).filter(s -> !s.isBlank()).toList();
        }
    }

    /** The published sources, each shown with its address (never fetched). */
    record Sources(List<SourceEntry> entries) implements Block {
        public Sources {
            entries = List.copyOf(entries);
        }

        @Override
        public List<String> texts() {
            return entries.stream().flatMap(e -> Stream.of(e.citation(), e.url())).toList();
        }
    }

    /** One cited source. */
    record SourceEntry(String citation, String url) {
    }
}
