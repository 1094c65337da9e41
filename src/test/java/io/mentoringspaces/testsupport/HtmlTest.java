package io.mentoringspaces.testsupport;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** The XSS checks must see what a browser would run, however it is written. */
public class HtmlTest {

    @Test
    public void shouldFindScriptsHandlersAndScriptUrls() {
        assertEquals(1, Html.activeContent("<p><script>alert(1)</script></p>").size());
        assertEquals(List.of("img[onerror=alert(1)]"), Html.activeContent("<img src=x onerror=alert(1)>"));
        assertEquals(List.of("a[href=jav\tascript:alert(1)]"), Html.activeContent("<a href=\"jav&#x09;ascript:alert(1)\">x</a>"));
        assertEquals(List.of("a[href= JavaScript:alert(1)]"), Html.activeContent("<a href=\" JavaScript:alert(1)\">x</a>"));
        assertEquals(1, Html.activeContent("<svg onload=alert(1)>").size() > 0 ? 1 : 0);
    }

    @Test
    public void shouldFindNothingInEscapedText() {
        assertEquals(List.of(), Html.activeContent("<p title=\"&quot; onmouseover=&quot;alert(1)\">&lt;script&gt;alert(1)&lt;/script&gt;"
                + " javascript:alert(1)</p><a href=\"https://wiki.example.com/pages/viewpage.action?pageId=1\">ok</a>"));
    }
}
