package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An answer's value: one text for every reader, as the page scripts' String() writes it, and the export's JSON kept as written. */
class AnswerValueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void numbersReadAsJavaScriptWritesThem() {
        assertEquals("2", AnswerValue.of(2).text());
        assertEquals("2", AnswerValue.of(2.0).text());
        assertEquals("12.5", AnswerValue.of(12.5).text());
        assertEquals("0", AnswerValue.of(0.0).text());
        assertEquals("0", AnswerValue.of(new BigDecimal("0.00")).text());
        assertEquals("100", AnswerValue.of(new BigDecimal("1E+2")).text());
        assertEquals("-3", AnswerValue.of(-3L).text());
        assertTrue(AnswerValue.of(2).number());
        assertEquals(new BigDecimal("12.5"), AnswerValue.of(12.5).decimal());
    }

    @Test
    void textStaysAsWritten() {
        AnswerValue text = AnswerValue.of(" 12.50 ");
        assertEquals(" 12.50 ", text.text());
        assertFalse(text.number());
        assertNull(text.decimal());
        assertTrue(AnswerValue.of("  ").isBlank());
    }

    @Test
    void anExportReadsAndWritesBackTheSame() throws Exception {
        String export = "{\"q1\":{\"choice\":\"green\",\"evidence\":\"Ask us\"},\"q2\":{\"s1\":40,\"s2\":60},"
                + "\"q3\":{\"score@first\":2,\"score@final\":\"3\"},\"q4\":{\"share\":12.5}}";
        Answers answers = JSON.readValue(export, Answers.class);
        assertEquals(List.of("q1", "q2", "q3", "q4"), List.copyOf(answers.items().keySet()), "in the order written");
        assertEquals("green", answers.of("q1").text("choice"));
        assertTrue(answers.of("q2").get("s1").number());
        assertFalse(answers.of("q3").get("score@final").number(), "a number written as text stays text");
        assertEquals("", answers.of("q9").text("choice"));
        assertFalse(answers.has("q9"));
        assertEquals(JSON.readTree(export), JSON.readTree(JSON.writeValueAsString(answers)));
    }

    @Test
    void aResponseExportsInTheWebFormsShape() throws Exception {
        Map<String, AnswerValue> parts = new LinkedHashMap<>();
        parts.put("choice", AnswerValue.of("amber"));
        Response response = new Response("r", "a", 2, "R", Map.of("school", "Ysgol Bryn Tŵr"),
                new Answers(Map.of("q1", new ItemAnswer(parts))), Map.of(), List.of(), SourcePos.file("r.json"), Map.of());
        assertEquals("{\"audit\":\"a\",\"version\":2,\"header\":{\"school\":\"Ysgol Bryn Tŵr\"},"
                + "\"answers\":{\"q1\":{\"choice\":\"amber\"}},\"closing\":{}}", JSON.writeValueAsString(response.exported()));
    }
}
