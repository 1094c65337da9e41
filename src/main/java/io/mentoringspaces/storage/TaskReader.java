package io.mentoringspaces.storage;

import io.mentoringspaces.model.PageTask;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * Reads the Confluence tasks ({@code ac:task}) of a parsed page for {@link StorageReader#tasks}. A task
 * is read as Confluence's inline-tasks plugin reads it: its id ({@code ac:task-id}), its status
 * ({@code complete} or not), its assignee (the first user its body mentions, {@code ac:link} to
 * {@code ri:user}, who exists) and its due date (the first {@code time} of its body with a
 * {@code datetime}). Its text is the body's words with runs of white space as one space; mentions,
 * dates, placeholders, macro parameters, images and the tasks of a list nested in the body are no text.
 * Tasks without an id (a template's, before Confluence's editor gives them one), with an id that is no
 * token, or with an id an earlier task of the page has are left out.
 */
final class TaskReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> SKIPPED = Set.of("parameter", "placeholder", "plain-text-body", "image", "emoticon",
            "task-list", "task-id", "task-uuid", "task-status");
    private static final Set<String> HTML_SKIPPED = Set.of("img", "script", "style");

    private TaskReader() {
    }

    static List<PageTask> tasks(Document document, Predicate<String> knownUser) {
        NodeList found = document.getElementsByTagNameNS(StorageReader.AC, "task");
        List<PageTask> tasks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < found.getLength(); i++) {
            Element task = (Element) found.item(i);
            String id = childText(task, "task-id");
            if (id == null || !ID.matcher(id).matches() || !ids.add(id)) {
                continue;
            }
            Element body = child(task, "task-body");
            Body read = new Body(knownUser);
            if (body != null) {
                read.children(body);
            }
            tasks.add(new PageTask(id, "complete".equals(childText(task, "task-status")), read.text(), read.assignee,
                    read.dueDate));
        }
        return tasks;
    }

    /** What a task's body holds: its words, its first known mention and its first date. */
    private static final class Body {
        final Predicate<String> knownUser;
        final StringBuilder words = new StringBuilder();
        String assignee;
        LocalDate dueDate;
        boolean dated;

        Body(Predicate<String> knownUser) {
            this.knownUser = knownUser;
        }

        void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Text text) {
                    words.append(text.getData());
                } else if (child instanceof Element element) {
                    element(element);
                }
            }
        }

        void element(Element element) {
            String namespace = element.getNamespaceURI();
            String name = element.getLocalName();
            if (StorageReader.AC.equals(namespace) && SKIPPED.contains(name)) {
                return;
            }
            Element user = StorageReader.AC.equals(namespace) && name.equals("link")
                    ? StorageReader.child(element, StorageReader.RI, "user") : null;
            if (user != null) {
                mention(user);
            } else if (namespace == null && name.equals("time")) {
                date(element.getAttribute("datetime").strip());
            } else if (namespace != null || !HTML_SKIPPED.contains(name)) {
                words.append(' ');
                children(element);
                words.append(' ');
            }
        }

        void mention(Element user) {
            String key = user.getAttributeNS(StorageReader.RI, "userkey").strip();
            if (assignee == null && !key.isEmpty() && knownUser.test(key)) {
                assignee = key;
            }
        }

        /** The first date of the body is the due date, when it is one; a later one is not looked at. */
        void date(String datetime) {
            if (dated || datetime.isEmpty()) {
                return;
            }
            dated = true;
            try {
                dueDate = LocalDate.parse(datetime.length() > 10 ? datetime.substring(0, 10) : datetime);
            } catch (DateTimeParseException e) {
                dueDate = null;
            }
        }

        String text() {
            return words.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        }
    }

    private static String childText(Element parent, String localName) {
        Element child = child(parent, localName);
        return child == null ? null : child.getTextContent().strip();
    }

    private static Element child(Element parent, String localName) {
        return StorageReader.child(parent, StorageReader.AC, localName);
    }
}
