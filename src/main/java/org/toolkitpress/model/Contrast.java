package org.toolkitpress.model;

import java.util.Locale;

/**
 * WCAG 2.2 contrast between two sRGB colours written {@code #rrggbb}, and the nearest shade of a
 * colour (same hue and saturation, another lightness) that reaches a required ratio.
 */
public final class Contrast {

    /** The WCAG 2.2 AA minimum for text. */
    public static final double TEXT = 4.5;
    /** The WCAG 2.2 AA minimum for large text and parts of the interface. */
    public static final double LARGE_TEXT_AND_UI = 3.0;
    private Contrast() {
    }

    /** The contrast ratio, from 1 (same colour) to 21 (black on white). */
    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The ratio as WCAG tools print it, rounded down so 4.499 never shows as passing. */
    public static String format(double ratio) {
        return String.format(Locale.ROOT, "%.2f:1", Math.floor(ratio * 100) / 100);
    }

    /**
     * The shade of {@code colour} closest in lightness that reaches {@code minimum} against
     * {@code against}; black or white when no shade of that hue does.
     */
    public static String nearestPassing(String colour, String against, double minimum) {
        double[] hsl = hsl(colour);
        for (int step = 1; step <= 1000; step++) {
            double delta = step / 1000.0;
            for (double lightness : new double[] {hsl[2] - delta, hsl[2] + delta}) {
                if (lightness >= 0 && lightness <= 1) {
                    String candidate = hex(hsl[0], hsl[1], lightness);
                    if (ratio(candidate, against) >= minimum) {
                        return candidate;
                    }
                }
            }
        }
        return ratio("#000000", against) >= ratio("#ffffff", against) ? "#000000" : "#ffffff";
    }

    /**
     * {@code weight} of {@code colour} mixed into {@code base}, channel by channel in sRGB, as CSS
     * {@code color-mix(in srgb, colour weight, base)} does.
     */
    public static String mix(String colour, double weight, String base) {
        int[] a = rgb(colour);
        int[] b = rgb(base);
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(weight * a[0] + (1 - weight) * b[0]),
                Math.round(weight * a[1] + (1 - weight) * b[1]), Math.round(weight * a[2] + (1 - weight) * b[2]));
    }

    /**
     * The grey a colour prints as on a greyscale printer or in a greyscale rendering, as
     * {@code #rrggbb}: the PDF standard's conversion from DeviceRGB to DeviceGray (ISO 32000-1,
     * 10.3.3: 0.3 red + 0.59 green + 0.11 blue), which poppler's greyscale output also uses.
     */
    public static String grey(String colour) {
        int[] rgb = rgb(colour);
        int grey = (int) Math.round(0.3 * rgb[0] + 0.59 * rgb[1] + 0.11 * rgb[2]);
        return String.format(Locale.ROOT, "#%02x%02x%02x", grey, grey, grey);
    }

    /** The contrast ratio of two colours once both are printed in grey ({@link #grey}). */
    public static double greyRatio(String a, String b) {
        return ratio(grey(a), grey(b));
    }

    public static double luminance(String colour) {
        int[] rgb = rgb(colour);
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] rgb(String colour) {
        int value = Integer.parseInt(colour.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    private static double[] hsl(String colour) {
        int[] rgb = rgb(colour);
        double r = rgb[0] / 255.0;
        double g = rgb[1] / 255.0;
        double b = rgb[2] / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double l = (max + min) / 2;
        if (max == min) {
            return new double[] {0, 0, l};
        }
        double d = max - min;
        double s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
        double h;
        if (max == r) {
            h = (g - b) / d + (g < b ? 6 : 0);
        } else if (max == g) {
            h = (b - r) / d + 2;
        } else {
            h = (r - g) / d + 4;
        }
        return new double[] {h / 6, s, l};
    }

    private static String hex(double h, double s, double l) {
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        double p = 2 * l - q;
        int r = (int) Math.round(channel(p, q, h + 1.0 / 3) * 255);
        int g = (int) Math.round(channel(p, q, h) * 255);
        int b = (int) Math.round(channel(p, q, h - 1.0 / 3) * 255);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static double channel(double p, double q, double t) {
        double x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
        if (x < 1.0 / 6) {
            return p + (q - p) * 6 * x;
        }
        if (x < 1.0 / 2) {
            return q;
        }
        if (x < 2.0 / 3) {
            return p + (q - p) * (2.0 / 3 - x) * 6;
        }
        return p;
    }
}
