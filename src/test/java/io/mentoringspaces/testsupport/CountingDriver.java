package io.mentoringspaces.testsupport;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import net.ttddyy.dsproxy.ConnectionInfo;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.JdbcProxyFactory;
import net.ttddyy.dsproxy.proxy.ProxyConfig;

/**
 * The counting JDBC proxy: replaces every registered JDBC driver with one that hands out
 * datasource-proxy connections, which report each executed statement to {@link StatementCounter}.
 * Active Objects' test runner opens connections through {@link DriverManager}, so all of its SQL is
 * seen; the app's code is untouched.
 */
public final class CountingDriver implements Driver {

    private static final ProxyConfig PROXY = ProxyConfig.Builder.create()
            .queryListener(new QueryExecutionListener() {
                @Override
                public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                }

                @Override
                public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                    StatementCounter.executed(queryInfoList.isEmpty() ? "" : queryInfoList.get(0).getQuery());
                }
            })
            .build();

    private static boolean installed;

    private final Driver delegate;

    private CountingDriver(Driver delegate) {
        this.delegate = delegate;
    }

    /** Wraps the drivers registered now; later calls do nothing. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            for (Driver driver : Collections.list(DriverManager.getDrivers())) {
                if (!(driver instanceof CountingDriver)) {
                    DriverManager.deregisterDriver(driver);
                    DriverManager.registerDriver(new CountingDriver(driver));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot install the counting JDBC driver", e);
        }
        installed = true;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = delegate.connect(url, info);
        return connection == null ? null : JdbcProxyFactory.DEFAULT.createConnection(connection, new ConnectionInfo(), PROXY);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegate.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return delegate.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return delegate.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return delegate.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return delegate.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }
}
