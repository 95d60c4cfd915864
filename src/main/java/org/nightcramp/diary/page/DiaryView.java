package org.nightcramp.diary.page;

import java.io.File;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.diary.Place;
import org.nightcramp.diary.Trend;
import org.nightcramp.diary.TrendSpan;
import org.nightcramp.ui.AfterLayout;
import org.nightcramp.ui.Styles;

/**
 * The Diary page (DiaryView.fxml): the form binds to the view model's fields, Enter anywhere in it
 * saves, Alt+Left and Alt+Right move between nights; the chart and "What changed" follow the diary.
 */
public final class DiaryView {

    private final DiaryViewModel model;
    private final DiaryFiles files;

    @FXML private BorderPane diaryView;
    @FXML private VBox diaryForm;
    @FXML private DatePicker diaryNight;
    @FXML private Button diaryPreviousNight;
    @FXML private Button diaryNextNight;
    @FXML private Label diaryNightState;
    @FXML private Spinner<Integer> diaryCramps;
    @FXML private Spinner<Integer> diarySeverity;
    @FXML private Spinner<Integer> diaryLongest;
    @FXML private Spinner<Integer> diaryDisturbance;
    @FXML private FlowPane diaryWhere;
    @FXML private CheckBox diaryStretched;
    @FXML private CheckBox diaryNewMedicine;
    @FXML private CheckBox diarySwollen;
    @FXML private TextField diaryNote;
    @FXML private Button diarySave;
    @FXML private Label diaryStatus;
    @FXML private HBox diarySpan;
    @FXML private ToggleButton diarySpan2;
    @FXML private ToggleButton diarySpan4;
    @FXML private ToggleButton diarySpan8;
    @FXML private TrendChart diaryChart;
    @FXML private VBox diaryEmpty;
    @FXML private Label diaryLegendCramps;
    @FXML private Label diaryLegendSeverity;
    @FXML private Label diaryLegendStretch;
    @FXML private Label diaryChartSummary;
    @FXML private Label diaryOneNight;
    @FXML private Label diaryDoctorLine;
    @FXML private VBox diaryChangedRows;
    @FXML private Label diaryNotYet;
    @FXML private CheckBox diaryPromptOn;
    @FXML private Button diaryExport;
    @FXML private Button diaryImport;

    /** @param files the CSV export and import behind the two buttons */
    public DiaryView(DiaryViewModel model, DiaryFiles files) {
        this.model = model;
        this.files = files;
    }

    @FXML
    private void initialize() {
        DiaryText text = model.text();
        EntryForm form = model.form();
        NumberSpinners.bind(diaryCramps, NightEntry.MAX_CRAMPS, form.crampsProperty(), text.get("diary.page.cramps.most"));
        NumberSpinners.bind(diarySeverity, NightEntry.MAX_SCALE, form.worstSeverityProperty(), null);
        NumberSpinners.bind(diaryLongest, NightEntry.MAX_MINUTES, form.longestMinutesProperty(), null);
        NumberSpinners.bind(diaryDisturbance, NightEntry.MAX_SCALE, form.sleepDisturbanceProperty(), null);
        for (Place place : Place.values()) {
            CheckBox box = new CheckBox(text.place(place));
            box.setId("diaryPlace-" + place.code());
            box.selectedProperty().bindBidirectional(form.placeProperty(place));
            diaryWhere.getChildren().add(box);
        }
        diaryWhere.setAccessibleText(text.get("diary.page.where"));
        diaryStretched.selectedProperty().bindBidirectional(form.stretchedProperty());
        diaryNewMedicine.selectedProperty().bindBidirectional(form.newMedicineProperty());
        diarySwollen.selectedProperty().bindBidirectional(form.oneLegSwollenProperty());
        diaryNote.textProperty().bindBidirectional(form.noteProperty());
        diaryNote.setTextFormatter(new javafx.scene.control.TextFormatter<String>(
                change -> change.getControlNewText().length() <= NightEntry.MAX_NOTE ? change : null));
        diaryNight.setConverter(new NightConverter(text));
        diaryNight.valueProperty().bindBidirectional(model.nightProperty());
        diaryPreviousNight.setGraphic(new Glyph("FontAwesome", "CHEVRON_LEFT"));
        diaryNextNight.setGraphic(new Glyph("FontAwesome", "CHEVRON_RIGHT"));
        model.nightProperty().addListener((obs, old, night) -> showNightState());
        model.loggedProperty().addListener((obs, old, logged) -> showNightState());
        showNightState();
        diarySave.setGraphic(new Glyph("FontAwesome", "CHECK"));
        diaryStatus.textProperty().bind(model.statusProperty());
        model.urgentProperty().addListener((obs, old, urgent) -> diaryStatus.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("urgent"), urgent));
        diaryForm.addEventFilter(KeyEvent.KEY_PRESSED, this::formKeys);
        bindSpan();
        model.trendProperty().addListener((obs, old, trend) -> showTrend(trend));
        showTrend(model.trendProperty().get());
        diaryChart.setOnNightPicked(night -> {
            model.nightProperty().set(night);
            firstField();
        });
        // The legend's marks are the chart's own shapes, coloured by the same rules.
        diaryLegendCramps.setGraphic(Styles.add(new Rectangle(10, 14), "trend-bar"));
        diaryLegendSeverity.setGraphic(Styles.add(new Line(0, 0, 18, 0), "trend-severity-line"));
        diaryLegendStretch.setGraphic(Styles.add(new Circle(5), "trend-stretch"));
        bindVisibleText(diaryChartSummary, model.trendSummaryProperty());
        bindVisibleText(diaryDoctorLine, model.doctorLineProperty());
        bindVisibleText(diaryNotYet, model.notYetProperty());
        diaryDoctorLine.setGraphic(new Glyph("FontAwesome", "USER_MD"));
        model.whatChangedProperty().addListener((obs, old, rows) -> showChanged(rows));
        showChanged(model.whatChangedProperty().get());
        diaryPromptOn.selectedProperty().bindBidirectional(model.morningPromptProperty());
        diaryExport.setGraphic(new Glyph("FontAwesome", "DOWNLOAD"));
        diaryImport.setGraphic(new Glyph("FontAwesome", "UPLOAD"));
        // Each time the page is shown, the keyboard starts on the first number of the night.
        diaryView.parentProperty().addListener((obs, old, parent) -> {
            if (parent != null) {
                AfterLayout.run(diaryView, this::firstField);
            }
        });
    }

    /** Last night in the form, the keyboard on its first field: the morning prompt's "Log it". */
    public void showLastNight() {
        model.lastNight();
        // Pressed on the notice, whose button is hidden by now: see AfterLayout.
        AfterLayout.run(diaryView, this::firstField);
    }

    /** Focuses the count of cramps, ready to type over. */
    public void firstField() {
        diaryCramps.requestFocus();
        diaryCramps.getEditor().selectAll();
    }

    private void showNightState() {
        diaryNightState.setText(model.text().get(model.loggedProperty().get()
                ? "diary.page.night.logged" : "diary.page.night.new"));
        diaryNextNight.setDisable(!model.hasNextNight());
    }

    private void formKeys(KeyEvent e) {
        boolean inDate = isInside(e.getTarget(), diaryNight);
        if (e.getCode() == KeyCode.ENTER && !inDate && !e.isShortcutDown()) {
            NumberSpinners.commit(diaryCramps, diarySeverity, diaryLongest, diaryDisturbance);
            model.save();
            e.consume();
        } else if (e.isAltDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            if (e.getCode() == KeyCode.LEFT) {
                model.previousNight();
            } else {
                model.nextNight();
            }
            firstField();
            e.consume();
        }
    }

    private void bindSpan() {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> buttons = List.of(diarySpan2, diarySpan4, diarySpan8);
        List<TrendSpan> spans = List.of(TrendSpan.TWO_WEEKS, TrendSpan.FOUR_WEEKS, TrendSpan.EIGHT_WEEKS);
        for (int i = 0; i < buttons.size(); i++) {
            ToggleButton button = buttons.get(i);
            button.setToggleGroup(group);
            button.setUserData(spans.get(i));
            button.setSelected(spans.get(i) == model.spanProperty().get());
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A press on the chosen span would leave none chosen; keep it.
                group.selectToggle(old);
            } else {
                model.spanProperty().set((TrendSpan) now.getUserData());
            }
        });
    }

    private void showTrend(Trend trend) {
        diaryChart.show(trend, model.text().chartDays());
        diaryChart.setAccessibleText(model.trendSummaryProperty().get());
        boolean empty = trend.isEmpty();
        diaryChart.setVisible(!empty);
        diaryEmpty.setVisible(empty);
        diaryEmpty.setManaged(empty);
        boolean one = trend.loggedNights() == 1;
        diaryOneNight.setVisible(one);
        diaryOneNight.setManaged(one);
    }

    private void showChanged(List<List<DiaryText.Side>> rows) {
        diaryChangedRows.getChildren().clear();
        int index = 0;
        for (List<DiaryText.Side> row : rows) {
            HBox pair = new HBox();
            pair.getStyleClass().add("diary-changed-pair");
            for (DiaryText.Side side : row) {
                Label heading = Styles.add(new Label(side.heading()), Styles.TEXT_BOLD);
                Label values = Styles.add(new Label(side.values()), Styles.TEXT_LEAD);
                heading.setWrapText(true);
                values.setWrapText(true);
                VBox box = Styles.add(new VBox(heading, values), "diary-changed-side");
                box.setId("diaryChanged-" + index++);
                HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
                pair.getChildren().add(box);
            }
            diaryChangedRows.getChildren().add(pair);
        }
    }

    @FXML
    private void previousNight() {
        model.previousNight();
    }

    @FXML
    private void nextNight() {
        model.nextNight();
    }

    @FXML
    private void save() {
        NumberSpinners.commit(diaryCramps, diarySeverity, diaryLongest, diaryDisturbance);
        model.save();
    }

    @FXML
    private void exportCsv() {
        FileChooser chooser = files.chooser(model.text().get("diary.page.export"));
        chooser.setInitialFileName(files.suggestedName());
        File file = chooser.showSaveDialog(owner());
        if (file != null) {
            files.export(file.toPath());
        }
    }

    @FXML
    private void importCsv() {
        File file = files.chooser(model.text().get("diary.page.import")).showOpenDialog(owner());
        if (file != null) {
            files.importFrom(file.toPath());
        }
    }

    private Window owner() {
        return diaryView.getScene() == null ? null : diaryView.getScene().getWindow();
    }

    private static void bindVisibleText(Label label, javafx.beans.property.ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static boolean isInside(Object target, Node container) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node == container) {
                return true;
            }
        }
        return false;
    }
}
