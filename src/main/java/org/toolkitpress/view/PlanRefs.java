package org.toolkitpress.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.Audit;
import org.toolkitpress.model.Wording;

/**
 * How a row of the printed action plan names its question: a short reference that the printed
 * form itself shows beside that question, so a school reading its plan (or a local authority
 * reading a returned one) can find the question on paper, and that fits the plan's narrow
 * "Question" cell. The one definition: {@code toolkit fill} writes it ({@link PlanRows#values}),
 * {@code toolkit read} reads it back ({@link PlanRows#itemOf}), and the web page carries the
 * references worked out here (its audit-pdf box, and the report page's audit shapes) for the
 * browser's filled PDF and its readers, which do no working-out of their own.
 *
 * <ul>
 * <li>When every question has a printed number and no two print the same, the reference is the
 *     number ("4", "2.1"), and the form prints nothing new.</li>
 * <li>Otherwise (numbers restart in each group or section, or some questions have none) the
 *     printed form numbers its headings as an outline (sections "1", "2"; a section's groups
 *     "1.1", "1.2"; {@link #headings}) and the reference is the heading's number, a full stop and
 *     the question's number as printed: "1.2.3" is question 3 under heading 1.2. A question with no
 *     number of its own is printed with its place under its heading ("3."; {@link #places}).</li>
 * <li>A reference that two questions would share, or that another question prints as its own
 *     number (a written "2.1" beside outline 2.1), is not used: that row keeps the item's id,
 *     which reads back exactly.</li>
 * </ul>
 *
 * Reading back ({@link #reads}): an item id is that item; else a reference; else a number that
 * exactly one question prints, as {@code fill} wrote a question's number before references
 * (where numbers repeated it wrote the id), so PDFs filled then still read back.
 *
 * @param headings the outline number printed before each section's and group's title, by
 *                 section or group id (empty when numbers alone name every question)
 * @param places   the place printed before each question that has no number, by item id
 * @param refs     each item's reference, by item id (an item without one is written as its id)
 * @param example  with {@code headings}, the plan's explanation of its references on the audit's
 *                 first question ("1.1.2 is question 2 under heading 1.1", the interface string
 *                 {@code print.plan.example}); else empty
 * @param reads    what a plan cell may hold, back to its item id: ids, references, numbers printed once
 */
public record PlanRefs(Map<String, String> headings, Map<String, String> places, Map<String, String> refs, String example,
                       Map<String, String> reads) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The references of {@code audit}'s items as its printed form shows them, the example in
     * {@code wording}'s words.
     */
    public static PlanRefs of(Audit audit, Wording wording) {
        Map<String, String> numbers = new LinkedHashMap<>();
        FormView.numbers(audit).forEach((id, n) -> numbers.put(id, named(n)));
        Map<String, Integer> uses = new HashMap<>();
        numbers.values().forEach(n -> uses.merge(n, 1, Integer::sum));
        boolean alone = numbers.size() == audit.allItems().size() && uses.values().stream().allMatch(u -> u == 1);
        Map<String, String> headings = new LinkedHashMap<>();
        Map<String, String> places = new LinkedHashMap<>();
        Map<String, String> refs = new LinkedHashMap<>();
        if (alone) {
            refs.putAll(numbers);
            return new PlanRefs(headings, places, refs, "", reads(audit, refs));
        }
        int s = 0;
        for (Audit.Section section : audit.sections()) {
            String outline = String.valueOf(++s);
            headings.put(section.id(), outline);
            outline(section.items(), outline, numbers, places, refs);
            int g = 0;
            for (Audit.Group group : section.groups()) {
                String inner = outline + "." + (++g);
                headings.put(group.id(), inner);
                outline(group.items(), inner, numbers, places, refs);
            }
        }
        Map<String, Integer> same = new HashMap<>();
        refs.values().forEach(r -> same.merge(r, 1, Integer::sum));
        Map<String, String> printedBy = new HashMap<>();
        numbers.forEach((id, n) -> printedBy.merge(n, id, (a, b) -> "")); // "" when printed twice
        refs.entrySet().removeIf(e -> same.get(e.getValue()) > 1
                || printedBy.containsKey(e.getValue()) && !printedBy.get(e.getValue()).equals(e.getKey()));
        String example = "";
        for (Audit.Section section : audit.sections()) {
            List<Audit.Item> items = section.items().isEmpty() && !section.groups().isEmpty() ? section.groups().get(0).items() : section.items();
            String heading = headings.get(section.items().isEmpty() && !section.groups().isEmpty() ? section.groups().get(0).id() : section.id());
            if (!items.isEmpty() && refs.containsKey(items.get(0).id())) {
                String ref = refs.get(items.get(0).id());
                example = wording.text("print.plan.example", Map.of("ref", ref, "question", ref.substring(heading.length() + 1), "heading", heading));
                break;
            }
        }
        return new PlanRefs(headings, places, refs, example, reads(audit, refs));
    }

    /** Numbers printed once (as {@code fill} wrote them before references), then references, then ids: later ones win. */
    private static Map<String, String> reads(Audit audit, Map<String, String> refs) {
        Map<String, String> reads = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        Map<String, String> numbers = FormView.numbers(audit);
        numbers.values().forEach(n -> uses.merge(n, 1, Integer::sum));
        numbers.forEach((id, n) -> {
            if (uses.get(n) == 1) {
                reads.put(n, id);
            }
        });
        refs.forEach((id, ref) -> reads.put(ref, id));
        audit.allItems().forEach(i -> reads.put(i.id(), i.id()));
        return reads;
    }

    private static void outline(List<Audit.Item> items, String heading, Map<String, String> numbers,
                                Map<String, String> places, Map<String, String> refs) {
        int place = 0;
        for (Audit.Item item : items) {
            place++;
            String number = numbers.get(item.id());
            if (number == null) {
                places.put(item.id(), place + ".");
                number = String.valueOf(place);
            }
            refs.put(item.id(), heading + "." + number);
        }
    }

    /** {@link #refs} as JSON, for the page that fills the PDF in the browser (audit-pdf.js). */
    public String refsJson() {
        return json(refs);
    }

    /** {@link #reads} as JSON, for the page that reads a PDF in the browser (audit-pdf.js). */
    public String readsJson() {
        return json(reads);
    }

    private static String json(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is plain data", e);
        }
    }

    /** A number as a reference writes it: without the full stop or bracket a list prints after it ("4." and "4)" are 4). */
    private static String named(String number) {
        return number.replaceFirst("[.)]$", "");
    }

    /** The item a plan cell names ({@link #reads}), or null when it names none (the caller keeps the text as written). */
    public String itemOf(String written) {
        return reads.get(written.strip());
    }
}
