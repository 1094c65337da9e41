package io.mentoringspaces.bench;

import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CadenceFigures;
import io.mentoringspaces.service.CadenceCalculator;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The baseline: a programme's pairs table computed the way a Page-Properties-style report must
 * compute it, by loading every page of every pair's space (one streaming query, the cheapest way)
 * and parsing each storage-format body with the JDK's streaming XML parser. Only the start date and
 * cadence, which no page states, come from the plan rows.
 */
final class ContentScanReport {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

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
            Map<String, String> row = new HashMap<>();
            try {
                XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(
                        "<page xmlns:ac=\"http://atlassian.com/content\" xmlns:ri=\"http://atlassian.com/resource/identifier\">"
                                + body + "</page>"));
                String heading = null;
                StringBuilder text = new StringBuilder();
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = reader.getLocalName();
                        if (name.equals("th") || name.equals("td") || name.equals("task-status")) {
                            text.setLength(0);
                        } else if (name.equals("time") && "Meeting date".equals(heading)) {
                            row.put(heading, reader.getAttributeValue(null, "datetime"));
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS) {
                        text.append(reader.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = reader.getLocalName();
                        if (name.equals("th")) {
                            heading = text.toString().strip();
                        } else if (name.equals("td") && heading != null) {
                            row.putIfAbsent(heading, text.toString().strip());
                        } else if (name.equals("task-status") && label.equals("mentoring-home")) {
                            tasks++;
                            tasksDone += text.toString().strip().equals("complete") ? 1 : 0;
                        } else if (name.equals("structured-macro") && label.equals("mentoring-growth-plan")) {
                            goal(row);
                            row.clear();
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw new IllegalStateException("Cannot parse a page body", e);
            }
            if (label.equals("mentoring-meeting") && row.containsKey("Meeting date")) {
                meetings.add(LocalDate.parse(row.get("Meeting date")));
            }
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
