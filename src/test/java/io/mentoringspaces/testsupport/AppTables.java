package io.mentoringspaces.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.EntityManager;

/** The app's tables in a database, as its metadata names them. */
public final class AppTables {

    private AppTables() {
    }

    /** The names, in upper case, of the tables with the app's prefix. */
    public static Set<String> of(EntityManager entityManager) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = entityManager.getProvider().getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (name.startsWith(AoNaming.tablePrefix())) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
