package org.nightcramp.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;
import javafx.scene.Node;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.diary.page.DiaryBook;
import org.nightcramp.diary.page.MorningPrompts;
import org.nightcramp.sheet.SheetKit;
import org.nightcramp.wizard.WizardSession;
import org.nightcramp.relief.ReliefServices;

/**
 * The long-lived collaborators the composition root hands to windows and views.
 *
 * @param illustrations draws an illustration file by name, coloured by the theme
 * @param sheet         fonts, drawings, printer and answers for the advice sheet
 * @param wizard        the cause wizard's answers and step; they outlive a language switch
 * @param relief        the relief panel's clock, sound and saved choices, kept across language switches
 * @param diary         the cramp diary, filled in by the page and the routines
 * @param morningPrompts whether and when the window offers to log last night
 */
public record AppServices(ObjectMapper mapper, ContentLibrary content, SettingsRepository settings,
                          Function<String, Node> illustrations, SheetKit sheet, WizardSession wizard,
                          ReliefServices relief, DiaryBook diary, MorningPrompts morningPrompts) {
}
