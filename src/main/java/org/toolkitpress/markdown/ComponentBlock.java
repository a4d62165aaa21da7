package org.toolkitpress.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.toolkitpress.model.ComponentRef;

/** The node for a one-line {@code ::: kind id} directive. */
final class ComponentBlock extends Block {

    private final String kind;
    private final String componentId;

    ComponentBlock(BasedSequence chars, String kind, String componentId) {
        super(chars);
        this.kind = kind;
        this.componentId = componentId;
    }

    String kind() {
        return kind;
    }

    String componentId() {
        return componentId;
    }

    /**
     * What the renderers hand the edition: the component, and the heading written directly above
     * it (blank lines between are not nodes), so the component can leave out a title that heading
     * already gives ({@link ComponentRef#headingSaying}).
     */
    ComponentRef ref() {
        org.toolkitpress.model.Heading above = getPrevious() instanceof Heading heading
                ? new org.toolkitpress.model.Heading(heading.getLevel(), heading.getAnchorRefId(),
                        Markdown.plainText(heading), null)
                : null;
        return new ComponentRef(kind, componentId, null, above);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
