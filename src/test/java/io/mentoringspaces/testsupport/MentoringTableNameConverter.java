package io.mentoringspaces.testsupport;

import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;

/**
 * Active Objects' own Atlassian table-name converter with the prefix Confluence derives from the
 * app's namespace (last six hex digits of its MD5, see {@link AoNaming}), so tests run on the tables
 * Confluence creates.
 */
public final class MentoringTableNameConverter implements TableNameConverter {

    private final TableNameConverter delegate = new AtlassianTableNameConverter(AoNaming::prefixed);

    @Override
    public String getName(Class<? extends RawEntity<?>> clazz) {
        return delegate.getName(clazz);
    }
}
