package org.toolkitpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mistyped key is offered the key it is close to, and only one it is close to. */
class DidYouMeanTest {

    private static final List<String> EDITION_KEYS = List.of("id", "title", "sections", "audit", "response");

    @Test
    void aCloseTypoIsOfferedItsKey() {
        assertEquals("did you mean \"title\"?", DidYouMean.hint("titel", EDITION_KEYS), "a swap is one edit");
        assertEquals("did you mean \"title\"?", DidYouMean.hint("Title", EDITION_KEYS), "case is not an edit");
        assertEquals("did you mean \"sections\"?", DidYouMean.hint("sectoins", EDITION_KEYS));
        assertEquals("did you mean \"sections\"?", DidYouMean.hint("secions", EDITION_KEYS));
        assertEquals("did you mean \"response\"?", DidYouMean.hint("reponse", EDITION_KEYS));
        assertEquals("did you mean \"id\"?", DidYouMean.hint("ib", EDITION_KEYS), "one letter off a two-letter key");
    }

    @Test
    void aShortKeyIsNotOfferedForEveryShortTypo() {
        String all = "allowed: audit, id, response, sections, title";
        assertEquals(all, DidYouMean.hint("xy", EDITION_KEYS), "two edits from \"id\" is not close");
        assertEquals(all, DidYouMean.hint("to", EDITION_KEYS));
        assertEquals(all, DidYouMean.hint("colour", EDITION_KEYS));
        assertEquals(all, DidYouMean.hint("tale", EDITION_KEYS), "two edits from a five-letter key is too far");
    }

    @Test
    void theLimitGrowsWithTheWord() {
        assertEquals(List.of(1, 1, 1, 2, 2, 4, 5),
                List.of("id", "date", "title", "review", "sections", "last_reviewed", "evidenced_through").stream()
                        .map(DidYouMean::limit).toList());
        assertEquals(2, DidYouMean.distance("summery", "summary") + DidYouMean.distance("ab", "ba"));
        assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    }

    @Test
    void aKeyAlreadyWrittenIsNotOffered() {
        assertEquals("did you mean \"id\"?", DidYouMean.hint("ib", EDITION_KEYS, java.util.Set.of("title")));
        assertEquals("allowed: audit, id, response, sections, title",
                DidYouMean.hint("ib", EDITION_KEYS, java.util.Set.of("id", "title")), "the edition has its id already");
    }

    /** An id one data file names in another: offered only when one id is nearest (check's hints). */
    @Test
    void anIdIsOfferedOnlyWhenOneIsNearest() {
        assertEquals("beginning", DidYouMean.nearest("begining", List.of("beginning", "developing", "secure", "leading")));
        assertEquals("greeting", DidYouMean.nearest("gretting", List.of("trusted-adult", "greeting", "repair")));
        assertEquals(null, DidYouMean.nearest("q9", List.of("q1", "q2", "q3")), "q9 is as near q1 as q2: no guess");
        assertEquals(null, DidYouMean.nearest("maybe", List.of("yes", "no")));
    }
}
