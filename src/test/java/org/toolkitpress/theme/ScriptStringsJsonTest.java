package org.toolkitpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.toolkitpress.model.Wording;

/** The page scripts' strings block: JSON a browser parses back to the messages, which no message can break out of. */
class ScriptStringsJsonTest {

    @Test
    void noMessageCanEndTheScriptElementAndEveryMessageReadsBack() throws Exception {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("other", "{count} results");
        forms.put("one", "{count} result");
        Map<String, Wording.Message> messages = new LinkedHashMap<>();
        messages.put("a.close", Wording.Message.plain("</script><b>Q&A</b> \"quoted\" \\ line\u2028break"));
        messages.put("b.count", new Wording.Message(forms));

        String json = WordingFunctions.json("cy", messages);

        assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("\u2028"), json);
        assertEquals("{\"language\":\"cy\",\"messages\":{\"a.close\":\"</script><b>Q&A</b> \\\"quoted\\\" \\\\ line\u2028break\","
                + "\"b.count\":{\"one\":\"{count} result\",\"other\":\"{count} results\"}}}",
                new ObjectMapper().readTree(json).toString(), "read back as written, plural forms in CLDR's order");
    }
}
