package org.toolkitpress.model;

import java.util.List;
import java.util.Locale;

/**
 * CLDR's plural categories of a whole number, for the languages Toolkit Press has rules for:
 * English ({@code one}, {@code other}) and Welsh ({@code zero}, {@code one}, {@code two},
 * {@code few}, {@code many}, {@code other}); any other language has only {@code other}, so every
 * count takes a message's {@code other} form. The same table is in site.js
 * ({@code pluralCategory}); both are held to src/test/resources/rules/wording-cases.json, and to
 * the browser's own CLDR data ({@code Intl.PluralRules}) by WordingBrowserTest. ICU4J would give
 * every language, at 14 MB in the jar and its data's start-up, for two rules of a few lines.
 */
public final class PluralRule {

    /** CLDR's categories, in CLDR's order: the keys a plural message may have. */
    public static final List<String> CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

    private PluralRule() {
    }

    /** The primary subtag of a language tag, lower case: {@code en} for {@code en-GB}. */
    public static String primary(String language) {
        String tag = language == null || language.isBlank() ? "en" : language;
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** True when there is a rule for the language beyond "everything is other". */
    public static boolean known(String language) {
        return List.of("en", "cy").contains(primary(language));
    }

    /** The category of a whole number {@code n} (no fractions: counts are whole). */
    public static String category(String language, long n) {
        return switch (primary(language)) {
            case "en" -> n == 1 ? "one" : "other";
            case "cy" -> n == 0 ? "zero" : n == 1 ? "one" : n == 2 ? "two" : n == 3 ? "few" : n == 6 ? "many" : "other";
            default -> "other";
        };
    }
}
