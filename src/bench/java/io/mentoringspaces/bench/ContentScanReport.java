package io.mentoringspaces.bench;

import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CadenceFigures;
import io.mentoringspaces.service.CadenceCalculator;
import io.mentoringspaces.storage.StorageFormatException;
import io.mentoringspaces.storage.StorageReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The baseline: a programme's pairs table computed the way a Page-Properties-style report must
 * compute it, by loading every page of every pair's space (one streaming query, the cheapest way)
 * and parsing each storage-format body with the app's one storage-format reader
 * ({@link StorageReader#parse}). Only the start date and cadence, which no page states, come from the
 * plan rows.
 */
final class ContentScanReport {

    private static final String MEETING_DATE = "Meeting date";

    private final CadenceCalculator cadence;

    ContentScanReport(CadenceCalculator cadence) {
        this.cadence = cadence;
    }

    /** Start date and cadence per space, as agreed when the space was created. */
    record Agreement(LocalDate start, Cadence cadence) {
    }

    List<PairFigures> pairs(Connection connection, Map<String, Agreement> spaces) throws SQLException {
        Map<String, Scan> scans = new HashMap<>();
        StringBuilder in = new StringBuilder();
        for (String key : spaces.keySet()) {
            in.append(in.length() == 0 ? "?" : ",?");
            scans.put(key, new Scan());
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT SPACE_KEY, LABEL, BODY FROM BENCH_PAGE WHERE SPACE_KEY IN (" + in + ")")) {
            int i = 1;
            for (String key : spaces.keySet()) {
                query.setString(i++, key);
            }
            query.setFetchSize(500);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    scans.get(rows.getString(1)).read(rows.getString(2), rows.getString(3));
                }
            }
        }
        List<PairFigures> figures = new ArrayList<>();
        for (Map.Entry<String, Agreement> space : spaces.entrySet()) {
            Scan scan = scans.get(space.getKey());
            CadenceFigures meetings = cadence.compute(space.getValue().start(), space.getValue().cadence(), scan.meetings);
            figures.add(new PairFigures(space.getKey(), scan.achieved, scan.goals,
                    scan.goals == 0 ? 0 : scan.progress / scan.goals,
                    scan.tasks == 0 ? 0 : scan.tasksDone * 100 / scan.tasks, meetings.held(), meetings.expected(),
                    meetings.lastMeeting(), meetings.adherencePercent(), meetings.stalled()));
        }
        return figures;
    }

    /** What one space's pages say. */
    private static final class Scan {
        final List<LocalDate> meetings = new ArrayList<>();
        int goals;
        int achieved;
        int progress;
        int tasks;
        int tasksDone;

        void read(String label, String body) {
            Document page;
            try {
                page = StorageReader.parse(body);
            } catch (StorageFormatException e) {
                throw new IllegalStateException("Cannot parse a page body", e);
            }
            switch (label) {
                case "mentoring-home" -> {
                    NodeList statuses = page.getElementsByTagNameNS(StorageReader.AC, "task-status");
                    for (int i = 0; i < statuses.getLength(); i++) {
                        tasks++;
                        tasksDone += statuses.item(i).getTextContent().strip().equals("complete") ? 1 : 0;
                    }
                }
                case "mentoring-growth-plan" -> {
                    NodeList macros = page.getElementsByTagNameNS(StorageReader.AC, "structured-macro");
                    for (int i = 0; i < macros.getLength(); i++) {
                        goal(properties((Element) macros.item(i)));
                    }
                }
                case "mentoring-meeting" -> {
                    String date = properties(page.getDocumentElement()).get(MEETING_DATE);
                    if (date != null) {
                        meetings.add(LocalDate.parse(date));
                    }
                }
                default -> {
                }
            }
        }

        /**
         * The page properties of a table: each heading cell's text with the first value cell after it
         * (a date cell by its {@code datetime}).
         */
        private static Map<String, String> properties(Element table) {
            Map<String, String> row = new HashMap<>();
            NodeList cells = table.getElementsByTagName("*");
            String heading = null;
            for (int i = 0; i < cells.getLength(); i++) {
                Element cell = (Element) cells.item(i);
                if (cell.getLocalName().equals("th")) {
                    heading = cell.getTextContent().strip();
                } else if (cell.getLocalName().equals("td") && heading != null) {
                    NodeList times = cell.getElementsByTagName("time");
                    row.putIfAbsent(heading, times.getLength() > 0 ? ((Element) times.item(0)).getAttribute("datetime")
                            : cell.getTextContent().strip());
                }
            }
            return row;
        }

        private void goal(Map<String, String> row) {
            String status = row.get("Status");
            if (status == null || status.equals("DROPPED")) {
                return;
            }
            goals++;
            if (status.equals("ACHIEVED")) {
                achieved++;
                progress += 100;
            } else {
                progress += Integer.parseInt(row.get("Progress"));
            }
        }
    }
}
