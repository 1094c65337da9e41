package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.PairRow;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.PairStatus;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;

/** Cells of the pairs CSV: spreadsheets never run one as a formula, and RFC 4180 quoting still holds. */
public class PairsCsvTest {

    @Test
    public void shouldPrefixAnApostropheToEveryCellThatStartsLikeAFormulaAfterAnySpaces() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("=1+1", "'=1+1");
        expected.put("+1", "'+1");
        expected.put("-1", "'-1");
        expected.put("@SUM(A1:A2)", "'@SUM(A1:A2)");
        expected.put("\t=1+1", "'\t=1+1");
        expected.put("\r=1+1", "\"'\r=1+1\"");
        expected.put("\uFF1D1+1", "'\uFF1D1+1");
        expected.put("\uFF0B1", "'\uFF0B1");
        expected.put("\uFF0D1", "'\uFF0D1");
        expected.put("\uFF20SUM(A1:A2)", "'\uFF20SUM(A1:A2)");
        expected.put(" =1+1", "' =1+1");
        expected.put("   +1", "'   +1");
        expected.put("  -1", "'  -1");
        expected.put(" @SUM(A1:A2)", "' @SUM(A1:A2)");
        expected.put(" \t=1", "' \t=1");
        expected.put(" \r=1", "\"' \r=1\"");
        expected.put("  \uFF1D1+1", "'  \uFF1D1+1");
        expected.put(" \uFF0B1", "' \uFF0B1");
        expected.put(" \uFF0D1", "' \uFF0D1");
        expected.put(" \uFF20SUM(A1:A2)", "' \uFF20SUM(A1:A2)");
        expected.put("\u00A0\u3000=1+1", "'\u00A0\u3000=1+1");
        expected.put("\n=1+1", "\"'\n=1+1\"");
        expected.put(" =1,2", "\"' =1,2\"");

        assertCells(expected);
    }

    @Test
    public void shouldLeaveEveryOtherCellAsItIs() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Anna", "Anna");
        expected.put(" Anna", " Anna");
        expected.put("Anna-Lena", "Anna-Lena");
        expected.put("a=b", "a=b");
        expected.put("anna@example.com", "anna@example.com");
        expected.put("2026-01-05", "2026-01-05");
        expected.put("Bert, \"the\" mentee", "\"Bert, \"\"the\"\" mentee\"");
        expected.put("   ", "   ");
        expected.put("", "");

        assertCells(expected);
    }

    /** Each value (key) is written as the cell its entry gives. */
    private static void assertCells(Map<String, String> expected) {
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(value -> actual.put(value, PairsCsv.cell(value)));
        assertEquals(expected, actual);
    }

    @Test
    public void shouldWriteANeutralisedNameIntoItsRow() throws Exception {
        StringWriter out = new StringWriter();
        PairRow row = new PairRow("A-SPACE", "  =HYPERLINK(\"https://evil.example\")", "\uFF0Bcmd", LocalDate.of(2026, 1, 5),
                Cadence.WEEKLY, 0, 1, 10, 9, 10, 1, 11, LocalDate.of(2026, 1, 5), 9, 1, PairStatus.STALLED,
                new PracticeFigures(1, 1, 2, 1, 4, 3, 2, 1, 0, 9, 2, 0, 0, 3, 1, 2, 1), null);

        new PairsCsv(out).row(row);

        assertEquals("A-SPACE,\"'  =HYPERLINK(\"\"https://evil.example\"\")\",'\uFF0Bcmd,2026-01-05,weekly,0,1,10,90,1,11,"
                + "2026-01-05,9,stalled,,100,2,50,4,3,2,100,0,4.5,,3,1,2,1\r\n", out.toString());
    }

    @Test
    public void shouldWriteAClosedPairsStatusAndTheDayItClosed() throws Exception {
        StringWriter out = new StringWriter();
        PairRow row = new PairRow("K-SPACE", "Kim", "Kai", LocalDate.of(2026, 1, 5), Cadence.WEEKLY, 3, 4, 80, 0, 0, 5, 5,
                LocalDate.of(2026, 2, 2), 100, 0, PairStatus.CLOSED, PracticeFigures.NONE, LocalDate.of(2026, 2, 2));

        new PairsCsv(out).row(row);

        assertEquals("K-SPACE,Kim,Kai,2026-01-05,weekly,3,4,80,0,5,5,2026-02-02,100,closed,2026-02-02,0,0,0,0,0,0,0,0,,,0,0,0,0\r\n",
                out.toString());
    }
}
