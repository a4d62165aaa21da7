package org.toolkitpress.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.toolkitpress.model.Brand;
import org.toolkitpress.view.BrandView;
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
    static BrandView view(Brand brand, String root) {
        return new BrandView(brand.id(), brand.isNeutral(), orEmpty(brand.name()), orEmpty(brand.displayShortName()),
                root + STYLESHEET,
                brand.logo() == null ? null
                        : new BrandView.Logo(root + FOLDER + "logo." + brand.logo().format(), brand.logo().alt()),
                brand.favicon() == null ? null : new BrandView.Favicon(root + FOLDER + "favicon." + extension(brand.favicon()),
                        extension(brand.favicon()).equals("png") ? "image/png" : "image/svg+xml"),
                contact(brand.contact()),
                brand.footerLinks().stream().map(l -> new BrandView.Link(l.label(), l.url())).toList(),
                orEmpty(brand.licence()), root + STATEMENT);
    }

    private static BrandView.Contact contact(Brand.Contact contact) {
        if (contact == null) {
            return null;
        }
        return new BrandView.Contact(orEmpty(contact.team()), orEmpty(contact.email()), orEmpty(contact.phone()),
                contact.phone() == null ? "" : "tel:" + contact.phone().replaceAll("[^0-9+]", ""),
                contact.address() == null ? List.of() : contact.address(), orEmpty(contact.web()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
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
