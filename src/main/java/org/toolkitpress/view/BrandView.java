package org.toolkitpress.view;

import java.util.List;

/**
 * The brand as the website's templates read it ({@code site.brand}): names, contact and footer
 * links from brand.yml, and the links to its stylesheet, logo, favicon and accessibility
 * statement from the page being rendered.
 *
 * @param stylesheet    the href of brand.css
 * @param logo          null when the brand has none
 * @param favicon       null when the brand has none (the theme's favicon is used)
 * @param contact       null when brand.yml gives none
 * @param accessibility the href of the accessibility statement
 */
public record BrandView(String id, boolean neutral, String name, String shortName, String stylesheet, Logo logo,
                        Favicon favicon, Contact contact, List<Link> footerLinks, String licence,
                        String accessibility) {

    public record Logo(String src, String alt) {
    }

    public record Favicon(String href, String type) {
    }

    /** Contact details; every text is "" when missing, {@code tel} is the phone number as a tel: link. */
    public record Contact(String team, String email, String phone, String tel, List<String> address, String web) {
    }

    public record Link(String label, String url) {
    }
}
