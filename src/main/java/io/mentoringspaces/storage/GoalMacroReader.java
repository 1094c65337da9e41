package io.mentoringspaces.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Finds the {@code mentoring-goal} macros of a storage-format body in page order, wherever they are
 * (layouts, tables, other macros' bodies). A goal's parameters are its own {@code ac:parameter}
 * children: parameters of macros nested in its body are not mistaken for its own.
 */
public final class GoalMacroReader {

    private GoalMacroReader() {
    }

    public static List<GoalMacro> read(String storage) throws StorageFormatException {
        Document document = StorageFormat.parse(storage);
        NodeList macros = document.getElementsByTagNameNS(StorageFormat.AC, "structured-macro");
        List<GoalMacro> goals = new ArrayList<>();
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            if (MacroNames.GOAL.equals(macro.getAttributeNS(StorageFormat.AC, "name"))) {
                Map<String, String> p = parameters(macro);
                goals.add(new GoalMacro(p.get(MacroNames.GOAL_KEY), p.get(MacroNames.TITLE), p.get(MacroNames.TARGET),
                        p.get(MacroNames.EVALUATION), p.get(MacroNames.DUE_DATE), p.get(MacroNames.STATUS)));
            }
        }
        return goals;
    }

    /** The macro's own parameters by name, as trimmed text; blank ones are left out. */
    public static Map<String, String> parameters(Element macro) {
        Map<String, String> parameters = new HashMap<>();
        for (Node child = macro.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && StorageFormat.AC.equals(element.getNamespaceURI())
                    && "parameter".equals(element.getLocalName())) {
                String value = element.getTextContent().replace('\u00a0', ' ').strip();
                if (!value.isEmpty()) {
                    parameters.putIfAbsent(element.getAttributeNS(StorageFormat.AC, "name"), value);
                }
            }
        }
        return parameters;
    }
}
