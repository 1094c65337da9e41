package io.mentoringspaces.confluence;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * {@code #disable_html_escaping()}: writes nothing; a template that contains it is rendered without
 * escaping ({@link VelocityTemplateRenderer} looks for it before rendering).
 */
public final class DisableHtmlEscapingDirective extends Directive {

    static final String NAME = "disable_html_escaping";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        return true;
    }
}
