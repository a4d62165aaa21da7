package org.toolkitpress.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

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

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
