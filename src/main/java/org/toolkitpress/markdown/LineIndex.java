package org.toolkitpress.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.toolkitpress.model.SourcePos;

/** Turns character offsets into 1-based line and column numbers. */
final class LineIndex {

    private final int[] lineStarts;

    LineIndex(CharSequence text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    SourcePos pos(String path, int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new SourcePos(path, line + 1, offset - lineStarts[line] + 1);
    }
}
