package org.nightcramp.reader;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.nightcramp.l10n.Texts;
import org.nightcramp.reader.FindModel.Match;

/** The reader's state: the document, the section being read, and find in guide. */
public final class ReaderViewModel {

    private final ReaderDocument document;
    private final Texts texts;
    private final FindModel find;

    private final ObjectProperty<String> selectedSection = new SimpleObjectProperty<>(this, "selectedSection");
    private final BooleanProperty findOpen = new SimpleBooleanProperty(this, "findOpen");
    private final StringProperty findQuery = new SimpleStringProperty(this, "findQuery", "");
    private final ReadOnlyObjectWrapper<List<Match>> matches = new ReadOnlyObjectWrapper<>(this, "matches", List.of());
    private final ReadOnlyIntegerWrapper currentMatchIndex = new ReadOnlyIntegerWrapper(this, "currentMatchIndex", -1);
    private final ReadOnlyObjectWrapper<Match> currentMatch = new ReadOnlyObjectWrapper<>(this, "currentMatch");
    private final ReadOnlyStringWrapper findStatus = new ReadOnlyStringWrapper(this, "findStatus", "");

    public ReaderViewModel(ReaderDocument document, Texts texts) {
        this.document = Objects.requireNonNull(document, "document");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.find = new FindModel(document.texts());
        document.sections().stream().findFirst().ifPresent(s -> selectedSection.set(s.id()));
        findQuery.addListener((obs, old, query) -> search(query));
    }

    // Properties

    public ReaderDocument document() {
        return document;
    }

    /** The id of the section being read; the view scrolls to it and reports where the reader is. */
    public ObjectProperty<String> selectedSectionProperty() {
        return selectedSection;
    }

    public BooleanProperty findOpenProperty() {
        return findOpen;
    }

    public StringProperty findQueryProperty() {
        return findQuery;
    }

    public ReadOnlyObjectProperty<List<Match>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** The current match's position in {@link #matchesProperty()}, or -1. */
    public ReadOnlyIntegerProperty currentMatchIndexProperty() {
        return currentMatchIndex.getReadOnlyProperty();
    }

    /** The current match, or null when there is none. */
    public ReadOnlyObjectProperty<Match> currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }

    /** "3 of 12", "No matches", or empty while the query is empty. */
    public ReadOnlyStringProperty findStatusProperty() {
        return findStatus.getReadOnlyProperty();
    }

    // Commands

    public void openFind() {
        findOpen.set(true);
    }

    /** Closes the find bar and clears the query, which removes every highlight. */
    public void closeFind() {
        findQuery.set("");
        findOpen.set(false);
    }

    public void nextMatch() {
        find.next();
        publishCurrent();
    }

    public void previousMatch() {
        find.previous();
        publishCurrent();
    }

    private void search(String query) {
        find.search(query);
        matches.set(find.matches());
        publishCurrent();
    }

    private void publishCurrent() {
        currentMatchIndex.set(find.currentIndex());
        currentMatch.set(find.current().orElse(null));
        if (findQuery.get() == null || findQuery.get().isBlank()) {
            findStatus.set("");
        } else if (find.count() == 0) {
            findStatus.set(texts.text("reader.find.none"));
        } else {
            findStatus.set(texts.text("reader.find.status", find.currentIndex() + 1, find.count()));
        }
    }
}
