package io.mentoringspaces.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.testsupport.AoNaming;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.MentoringTableNameConverter;
import io.mentoringspaces.testsupport.SourceFiles;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.RawEntity;
import org.junit.Test;

/** The tables as Confluence names them, and an index behind every column the services query by. */
public class SchemaTest extends DatabaseTest {

    private static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(ProgrammeEntity.class,
            GrowthPlanEntity.class, GoalEntity.class, MentorAgreementEntity.class, ProgressUpdateEntity.class,
            ChecklistTickEntity.class, MeetingLinkEntity.class, MeetingItemEntity.class, FeedbackEntity.class,
            ActivityEntity.class, SentNoticeEntity.class, NoticePreferenceEntity.class);

    /** Identifiers in a query's where or order clause that are SQL, not columns. */
    private static final Set<String> SQL_WORDS = Set.of("AND", "OR", "NOT", "IS", "NULL", "IN", "LIKE", "ASC", "DESC",
            "LOWER", "UPPER", "BETWEEN");

    @Test
    public void shouldNameTablesWithTheNamespacePrefixWithinThirtyCharacters() {
        MentoringTableNameConverter converter = new MentoringTableNameConverter();
        List<String> names = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : ENTITIES) {
            String name = converter.getName(entity);
            assertTrue(name + " is longer than 30 characters", name.length() <= 30);
            names.add(name);
        }
        assertEquals("AO_2229CD_", AoNaming.tablePrefix());
        assertEquals(List.of("AO_2229CD_PROGRAMME", "AO_2229CD_GROWTH_PLAN", "AO_2229CD_GOAL", "AO_2229CD_MENTOR_AGREEMENT",
                "AO_2229CD_PROGRESS_UPDATE", "AO_2229CD_CHECKLIST_TICK", "AO_2229CD_MEETING_LINK", "AO_2229CD_MEETING_ITEM",
                "AO_2229CD_FEEDBACK", "AO_2229CD_ACTIVITY", "AO_2229CD_SENT_NOTICE",
                "AO_2229CD_NOTICE_PREFERENCE"), names);
    }

    @Test
    public void shouldDeclareExactlyTheseEntitiesInTheDescriptor() throws Exception {
        Set<String> declared = new TreeSet<>(SourceFiles.descriptor().entities());
        Set<String> expected = new TreeSet<>();
        ENTITIES.forEach(e -> expected.add(e.getName()));
        assertEquals(expected, declared);
        assertEquals(AoNaming.NAMESPACE, SourceFiles.descriptor().aoNamespace());
    }

    @Test
    public void shouldIndexEveryColumnUsedInAWhereOrOrderByClause() throws Exception {
        Map<String, Set<String>> queried = columnsInQueries();
        assertTrue("no queries found: " + queried, queried.containsKey("AO_2229CD_MEETING_LINK")
                && queried.get("AO_2229CD_MEETING_LINK").contains("MEETING_DATE"));

        List<String> missing = new ArrayList<>();
        try (Connection connection = entityManager.getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (Map.Entry<String, Set<String>> table : queried.entrySet()) {
                Set<String> columns = read(meta.getColumns(null, null, table.getKey(), null), "COLUMN_NAME");
                Set<String> indexed = read(meta.getIndexInfo(null, null, table.getKey(), false, false), "COLUMN_NAME");
                for (String column : table.getValue()) {
                    assertTrue(table.getKey() + " has no column " + column, columns.contains(column));
                    if (!indexed.contains(column)) {
                        missing.add(table.getKey() + "." + column);
                    }
                }
            }
        }
        assertEquals("columns queried without an index", List.of(), missing);
    }

    private static Set<String> read(ResultSet rows, String column) throws SQLException {
        Set<String> values = new HashSet<>();
        try (rows) {
            while (rows.next()) {
                String value = rows.getString(column);
                if (value != null) {
                    values.add(value.toUpperCase(Locale.ROOT).replace("\"", ""));
                }
            }
        }
        return values;
    }

    /**
     * Upper-case identifiers inside the where and order clauses written in the main sources, by the
     * table of the entity named last before the clause (the entity the query is for).
     */
    static Map<String, Set<String>> columnsInQueries() throws Exception {
        Pattern entity = Pattern.compile("\\b(\\w+Entity)\\.class");
        Pattern clause = Pattern.compile("\\.(?:where|order)\\(\\s*\"([^\"]*)\"");
        Pattern identifier = Pattern.compile("\\b[A-Z][A-Z0-9_]*\\b");
        MentoringTableNameConverter converter = new MentoringTableNameConverter();
        Map<String, Set<String>> columns = new TreeMap<>();
        for (String source : SourceFiles.mainJavaSources()) {
            Matcher m = clause.matcher(source);
            while (m.find()) {
                Matcher e = entity.matcher(source.substring(0, m.start()));
                String entityName = null;
                while (e.find()) {
                    entityName = e.group(1);
                }
                assertTrue("no entity before " + m.group(), entityName != null);
                String table = converter.getName(entityClass(entityName));
                Matcher id = identifier.matcher(m.group(1));
                while (id.find()) {
                    if (!SQL_WORDS.contains(id.group())) {
                        columns.computeIfAbsent(table, t -> new TreeSet<>()).add(id.group());
                    }
                }
            }
        }
        return columns;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>> entityClass(String simpleName) throws ClassNotFoundException {
        return (Class<? extends RawEntity<?>>) Class.forName("io.mentoringspaces.ao." + simpleName);
    }
}
