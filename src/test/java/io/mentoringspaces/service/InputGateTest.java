package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.mentoringspaces.testsupport.ForbiddenCharacters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The characters every text from outside may hold, class by class. */
public class InputGateTest {

    private static final Map<String, String> FORBIDDEN = ForbiddenCharacters.ALL;

    private static List<String> refused(String field, String prefix, String suffix) {
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, String> character : FORBIDDEN.entrySet()) {
            InvalidInputException e = assertThrows(character.getKey(), InvalidInputException.class,
                    () -> InputGate.check(field, prefix + character.getValue() + suffix));
            refused.add(character.getKey() + ": " + e.getField() + " " + e.getMessageKey());
        }
        return refused;
    }

    @Test
    public void shouldRefuseEveryForbiddenClassNamingTheFieldWhereverItStands() {
        List<String> expected = FORBIDDEN.keySet().stream().map(name -> name + ": title mentoring.error.characters").toList();

        assertEquals(expected, refused("title", "", ""));
        assertEquals(expected, refused("title", "Speak ", " up"));
        assertEquals(expected, refused("title", "Speak up", ""));
    }

    @Test
    public void shouldRefuseTheSameInTextsOnSeveralLines() {
        assertEquals(FORBIDDEN.keySet().stream().map(name -> name + ": note mentoring.error.characters").toList(),
                refused("note", "line one\r\n", "\r\nline three"));
    }

    @Test
    public void shouldAllowTabAndLineFeedEverywhereAndCarriageReturnOnlyInTextsOnSeveralLines() {
        assertEquals("a\tb\nc", InputGate.check("title", "a\tb\nc"));
        assertEquals("a\r\nb", InputGate.check("note", "a\r\nb"));
        assertEquals("a\r\nb", InputGate.check("description", "a\r\nb"));
        assertEquals("a\r\nb", InputGate.check("objectives", "a\r\nb"));
        assertEquals("a\r\nb", InputGate.check("aims", "a\r\nb"));
        assertEquals("title", assertThrows(InvalidInputException.class, () -> InputGate.check("title", "a\r\nb")).getField());
    }

    @Test
    public void shouldAllowEverythingElseXmlHoldsIncludingPairedSurrogates() {
        String text = " ~\u00a0\u00e9\u2028\ud7ff\ue000\ufffd\ud83d\ude80\udbff\udfff \"<&>'";

        assertEquals(text, InputGate.check("title", text));
        assertEquals(null, InputGate.check("title", null));
    }

    @Test
    public void shouldRefuseTextsLongerThanTheirLimit() {
        assertEquals("x".repeat(5), InputGate.check("title", "x".repeat(5), 5));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InputGate.check("title", "x".repeat(6), 5));

        assertEquals("title", e.getField());
        assertEquals("Title is longer than 5 characters.", e.getMessage());
    }

    @Test
    public void shouldCheckEveryTextOfAJsonValueAsTheMemberItStandsIn() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("percent", 60);
        body.put("tags", List.of("fine", Map.of("deep", "bad\u0000")));
        InvalidInputException nested = assertThrows(InvalidInputException.class, () -> InputGate.checkFields(body));
        InvalidInputException name = assertThrows(InvalidInputException.class,
                () -> InputGate.checkFields(Map.of("no\u0000te", "fine")));
        InvalidInputException nestedName = assertThrows(InvalidInputException.class,
                () -> InputGate.checkFields(Map.of("tags", Map.of("b\u0001d", 1))));

        assertEquals("tags", nested.getField());
        assertEquals(null, name.getField());
        assertEquals("mentoring.error.characters.name", name.getMessageKey());
        assertEquals("tags", nestedName.getField());
    }

    @Test
    public void shouldHoldStorageFormatToXmlAlone() {
        assertEquals("C1 \u0085 and DEL \u007f", InputGate.xmlText("title", "C1 \u0085 and DEL \u007f"));
        for (String bad : List.of("\u0000", "\u0001", "\ufffe", "\uffff", "\ud83d")) {
            assertEquals("title", assertThrows(InvalidInputException.class, () -> InputGate.xmlText("title", "a" + bad)).getField());
        }
    }
}
