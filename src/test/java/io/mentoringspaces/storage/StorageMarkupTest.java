package io.mentoringspaces.storage;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class StorageMarkupTest {

    @Test
    public void shouldEscapeTextForElementsAndAttributes() {
        assertEquals("&lt;script&gt;&amp;&quot;&#39;", StorageMarkup.escape("<script>&\"'"));
    }

    @Test
    public void shouldWriteTextTheReaderReadsBackAsWritten() throws Exception {
        String text = "Tom & Jerry's <b>\"best\"</b> \u2013 caf\u00e9";

        assertEquals(text, StorageReader.parse("<p title=\"" + StorageMarkup.escape(text) + "\">" + StorageMarkup.escape(text) + "</p>")
                .getDocumentElement().getFirstChild().getTextContent());
    }
}
