package org.nightcramp.ui;

import javafx.scene.Node;

/**
 * The shared component classes defined in the app's theme ({@code app.css}), in the manner of
 * AtlantaFX's {@code Styles}: pages put these on their nodes instead of styling titles, cards and
 * buttons themselves, so every page looks alike and a feature's stylesheet only lays out.
 *
 * <p>The text sizes form one short scale in em of the root font (which follows the text-size
 * setting): {@link #TEXT_SMALL} 0.9, body 1, {@link #TITLE_3} and {@link #TEXT_LEAD} 1.15,
 * {@link #TITLE_2} 1.45, {@link #TITLE_1} 2 and {@link #TEXT_DISPLAY} 3.
 */
public final class Styles {

    // Text

    /** The page's title: one per page. */
    public static final String TITLE_1 = "title-1";
    /** A section's heading. */
    public static final String TITLE_2 = "title-2";
    /** A card's or a group's heading. */
    public static final String TITLE_3 = "title-3";
    /** The larger first paragraph under a title. */
    public static final String TEXT_LEAD = "text-lead";
    /** Secondary text: hints, intros, captions. */
    public static final String TEXT_MUTED = "text-muted";
    /** Small print, such as a disclaimer line. */
    public static final String TEXT_SMALL = "text-small";
    /** Bold body text, such as a question or an advice title. */
    public static final String TEXT_BOLD = "text-bold";
    /** A number to read from across the room, such as the emergency number. */
    public static final String TEXT_DISPLAY = "text-display";
    /** Words in the accent colour. */
    public static final String TEXT_ACCENT = "text-accent";
    /** Words in the warning colour, for a safety line. */
    public static final String TEXT_DANGER = "text-danger";
    /** The small accent line above a title ("Step 2 of 7"). */
    public static final String KICKER = "kicker";

    // Containers

    /** A raised surface with a border and rounded corners. */
    public static final String CARD = "card";
    /** A tinted box for something that must not be missed, such as a clot warning. */
    public static final String CALLOUT = "callout";

    // Small parts

    /** A pill with a word in it, such as "Likely"; add {@link #ACCENT}, {@link #DANGER} or {@link #NEUTRAL}. */
    public static final String BADGE = "badge";
    /** A round badge with a step number in it. */
    public static final String NUMBER_BUBBLE = "number-bubble";

    // Buttons

    /** The one main action of a page or a card. */
    public static final String BUTTON_PRIMARY = "button-primary";
    /** Other actions beside the main one. */
    public static final String BUTTON_SECONDARY = "button-secondary";
    /** Getting help, or an action that cannot be undone. */
    public static final String BUTTON_DANGER = "button-danger";
    /** A quiet action that should not draw the eye, such as "Start over". */
    public static final String BUTTON_QUIET = "button-quiet";
    /** A larger button for the first thing to press on a page. */
    public static final String BUTTON_LARGE = "button-large";

    // Modifiers: the colour of a badge, or of a label's icon

    public static final String ACCENT = "accent";
    public static final String DANGER = "danger";
    public static final String NEUTRAL = "neutral";

    private Styles() {
    }

    /** Adds the classes to the node and returns it, for building nodes in one expression. */
    public static <T extends Node> T add(T node, String... styleClasses) {
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
