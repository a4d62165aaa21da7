package org.toolkitpress.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolkitpress.model.Brand;
import org.toolkitpress.model.OutputFile;
import org.toolkitpress.model.Toolkit;
import org.toolkitpress.theme.BrandStyle;

/**
 * The brand on the website: {@code theme/brand.css} (from {@link BrandStyle}, the one place
 * colours are set as CSS custom properties every other stylesheet reads), the logo and favicon
 * files, and the {@code site.brand} values templates print in the header, footer and contact blocks.
 */
final class BrandTheme {

    static final String STYLESHEET = "theme/brand.css";
    static final String FOLDER = "theme/brand/";
    static final String STATEMENT = "accessibility/";

    private BrandTheme() {
    }

    /** brand.css, and the logo and favicon when the brand has them. */
    static List<OutputFile> files(Toolkit toolkit) {
        Brand brand = toolkit.brand();
        List<OutputFile> out = new ArrayList<>();
        out.add(new OutputFile(STYLESHEET, BrandStyle.stylesheet(toolkit).getBytes(StandardCharsets.UTF_8)));
        if (brand.logo() != null) {
            out.add(new OutputFile(FOLDER + "logo." + brand.logo().format(), read(brand.logo().file())));
        }
        if (brand.favicon() != null) {
            out.add(new OutputFile(FOLDER + "favicon." + extension(brand.favicon()), read(brand.favicon())));
        }
        return out;
    }

    /** What templates read as {@code site.brand}; links are relative to {@code root}. */
    static Map<String, Object> model(Brand brand, String root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", brand.id());
        m.put("isNeutral", brand.isNeutral());
        m.put("name", brand.name() == null ? "" : brand.name());
        m.put("shortName", brand.displayShortName() == null ? "" : brand.displayShortName());
        m.put("stylesheet", root + STYLESHEET);
        m.put("logo", brand.logo() == null ? null
                : Map.of("src", root + FOLDER + "logo." + brand.logo().format(), "alt", brand.logo().alt()));
        m.put("favicon", brand.favicon() == null ? null : Map.of("href", root + FOLDER + "favicon." + extension(brand.favicon()),
                "type", extension(brand.favicon()).equals("png") ? "image/png" : "image/svg+xml"));
        m.put("contact", contact(brand.contact()));
        m.put("footerLinks", brand.footerLinks().stream().map(l -> Map.of("label", l.label(), "url", l.url())).toList());
        m.put("licence", brand.licence() == null ? "" : brand.licence());
        m.put("accessibility", root + STATEMENT);
        return m;
    }

    private static Map<String, Object> contact(Brand.Contact contact) {
        if (contact == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("team", contact.team() == null ? "" : contact.team());
        m.put("email", contact.email() == null ? "" : contact.email());
        m.put("phone", contact.phone() == null ? "" : contact.phone());
        m.put("tel", contact.phone() == null ? "" : "tel:" + contact.phone().replaceAll("[^0-9+]", ""));
        m.put("address", contact.address() == null ? List.of() : contact.address());
        m.put("web", contact.web() == null ? "" : contact.web());
        return m;
    }

    private static String extension(java.nio.file.Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? "png" : "svg";
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
