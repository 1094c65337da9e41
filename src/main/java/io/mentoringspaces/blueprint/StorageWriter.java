package io.mentoringspaces.blueprint;

import io.mentoringspaces.service.InputGate;
import io.mentoringspaces.storage.StorageMarkup;

/**
 * Text as the blueprints write it into storage format: escaped, and refused (naming its field) when
 * XML cannot hold one of its characters, so that no page the app writes is ever malformed.
 */
final class StorageWriter {

    private StorageWriter() {
    }

    static String text(String field, String value) {
        return StorageMarkup.escape(InputGate.xmlText(field, value));
    }
}
