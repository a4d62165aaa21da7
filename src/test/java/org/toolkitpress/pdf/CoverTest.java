package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The cover's copyright year follows the edition's date, not the year a brand file was written. */
class CoverTest {

    @Test
    void theCopyrightYearIsTheEditionsYear() {
        assertEquals("© Kent County Council 2026.", Cover.copyrightYear("© Kent County Council 2025.", 2026));
        assertEquals("© 2019–2026 Milton Keynes", Cover.copyrightYear("© 2019–2025 Milton Keynes", 2026));
    }

    @Test
    void aLineWithoutANoticeOrYearOrWithALaterYearIsLeftAsWritten() {
        assertEquals("Shared for use by schools, 2025.", Cover.copyrightYear("Shared for use by schools, 2025.", 2026));
        assertEquals("© Cheshire West and Chester Children's Trust.", Cover.copyrightYear("© Cheshire West and Chester Children's Trust.", 2026));
        assertEquals("© Kent County Council 2027.", Cover.copyrightYear("© Kent County Council 2027.", 2026));
    }
}
