package io.mentoringspaces.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A macro of another plugin that records what Confluence hands it and writes a marker. */
final class RecordingMacro implements Macro {

    /** One execution: the parameters, the body and what the conversion context said. */
    record Call(Map<String, String> parameters, String body, String outputType, String deviceType, Object entity,
            String spaceKey, Object macroName, Object kept) {
    }

    private final BodyType bodyType;
    private final List<Call> calls = new ArrayList<>();

    RecordingMacro(BodyType bodyType) {
        this.bodyType = bodyType;
    }

    List<Call> calls() {
        return calls;
    }

    Call last() {
        return calls.get(calls.size() - 1);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        calls.add(new Call(new HashMap<>(parameters), body,
                context.getOutputType(), context.getOutputDeviceType(), context.getEntity(), context.getSpaceKey(),
                context.getProperty("macroName"), context.getProperty("kept")));
        context.setProperty("kept", "call " + calls.size());
        return "<p class=\"recorded\">" + calls.size() + "</p>";
    }

    @Override
    public BodyType getBodyType() {
        return bodyType;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
