package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.content.GuideValidatorTest.validate;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.ZH;
import static org.nightcramp.content.TestGuides.ZH_FILE;
import static org.nightcramp.content.TestGuides.object;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The emergency numbers: the countries listed, their sources, and never a guess for another. */
class EmergencyNumbersTest {

    private static final Guide ENGLISH = TestGuides.guide(tree(EN));
    private static final Guide CHINESE = TestGuides.guide(tree(ZH));

    private static Optional<String> first(Guide guide, String country) {
        return EmergencyNumbers.forCountry(guide.medicalHelp().emergencyNumbers(), country)
                .map(c -> c.numbers().get(0).number());
    }

    @ParameterizedTest
    @CsvSource({"GB, 999", "US, 911", "CA, 911", "AU, 000", "NZ, 111", "IN, 112", "CN, 120", "HK, 999",
        "MO, 999", "TW, 119", "JP, 119", "SG, 995", "DE, 112", "ie, 112", "NO, 112", "EU, 112"})
    void listedCountriesGetTheirOwnNumberInBothLanguages(String country, String number) {
        assertEquals(Optional.of(number), first(ENGLISH, country));
        assertEquals(Optional.of(number), first(CHINESE, country));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BR", "CH", "ZA", "KR", "XX", "GBR"})
    void aCountryTheGuideDoesNotListGetsNoNumber(String country) {
        assertEquals(Optional.empty(), first(ENGLISH, country));
        assertEquals(Optional.empty(), first(CHINESE, country));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anUnknownCountryGetsNoNumber(String country) {
        assertEquals(Optional.empty(), first(ENGLISH, country));
    }

    @Test
    void aCountryListedOnItsOwnWinsOverTheSharedEuEntry() {
        List<EmergencyContact> contacts = List.of(
                new EmergencyContact("EU", "EU", List.of(new PhoneNumber("112", "x")), "s", "https://a"),
                new EmergencyContact("IE", "Ireland", List.of(new PhoneNumber("999", "x")), "s", "https://b"));

        assertEquals("IE", EmergencyNumbers.forCountry(contacts, "IE").orElseThrow().region());
        assertEquals("EU", EmergencyNumbers.forCountry(contacts, "FR").orElseThrow().region());
    }

    @Test
    void everyRegionNamesItsSourceAndChinaIsCalledMainlandChina() {
        for (Guide guide : List.of(ENGLISH, CHINESE)) {
            for (EmergencyContact c : guide.medicalHelp().emergencyNumbers()) {
                assertTrue(c.sourceUrl().startsWith("https://") && !c.sourceName().isBlank(), c.region());
            }
        }
        assertEquals("Mainland China", ENGLISH.medicalHelp().emergencyNumbers().stream()
                .filter(c -> c.region().equals("CN")).findFirst().orElseThrow().name());
        assertEquals("中国大陆", CHINESE.medicalHelp().emergencyNumbers().get(0).name());
    }

    @Test
    void aSourceLinkMustBeHttps() {
        ObjectNode guide = tree(EN);
        object(guide, "/medicalHelp/emergencyNumbers/3").put("sourceUrl", "http://crtc.gc.ca/");

        assertOnly(validate(guide), EN_FILE, "$.medicalHelp.emergencyNumbers[3].sourceUrl", "source.url");
    }

    @Test
    void aRegionListedTwiceIsReported() {
        ObjectNode guide = tree(EN);
        object(guide, "/medicalHelp/emergencyNumbers/3").put("region", "US");

        assertEquals(List.of("US"), assertOnly(validate(guide), EN_FILE,
                "$.medicalHelp.emergencyNumbers[3].region", "help.regionDuplicate").args());
    }

    @Test
    void aTranslationCannotChangeANumberOrItsSource() {
        ObjectNode chinese = tree(ZH);
        object(chinese, "/medicalHelp/emergencyNumbers/3/numbers/0").put("number", "110");
        object(chinese, "/medicalHelp/emergencyNumbers/4").put("sourceUrl", "https://example.org/");
        Guide changed = TestGuides.guide(chinese);

        List<ContentProblem> problems = LocaleConsistency.compare(ZH_FILE, ENGLISH, changed);

        assertEquals(List.of("locale.differs $.medicalHelp.emergencyNumbers[3].numbers",
                "locale.differs $.medicalHelp.emergencyNumbers[4].sourceUrl"), ProblemAssert.codesAt(problems));
        assertEquals(List.of("[110]", "[119]"), problems.get(0).args());
    }

    /** A number written into the text would be wrong for people elsewhere, as 120 was in Taiwan. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/medicalHelp | emergencyNow | 如果喘不上气，请立即拨打急救电话（在中国拨打120）。 | 120",
        "/advice/14   | summary      | Call 999 if you are breathless.               | 999",
        "/causes/4    | whoIsAffected | Dial 112 from a mobile.                      | 112",
    })
    void aNumberInTheTextIsReported(String pointer, String field, String text, String number) {
        ObjectNode guide = tree(EN);
        object(guide, pointer).put(field, text);

        assertEquals(List.of(number), assertOnly(validate(guide), EN_FILE,
                JsonPointers.toPath(pointer) + "." + field, "text.emergencyNumber").args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A cramp lasting more than 10 minutes.", "About 1.2 a night.", "191 patients took part.",
        "Version 1.1200.0", "Call 9999 for the hotel desk."})
    void otherNumbersAreFine(String text) {
        ObjectNode guide = tree(EN);
        object(guide, "/medicalHelp").put("emergencyNow", text);

        assertEquals(List.of(), validate(guide));
    }
}
