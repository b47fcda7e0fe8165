package org.broadsheet.model;

import java.util.Locale;
import java.util.Optional;

/** The static host a site is published on, which decides the host's own files that the build writes. */
public enum Host {
    /** Any static server: only the site itself. */
    GENERIC,
    /** S3 website hosting (through {@code broadsheet:deploy}), which takes redirects and headers from object metadata. */
    S3,
    /** Netlify: {@code _redirects} and {@code _headers}. */
    NETLIFY,
    /** Cloudflare Pages: {@code _redirects} and {@code _headers}. */
    CLOUDFLARE,
    /** GitHub Pages: {@code .nojekyll}. */
    GITHUB;

    /** The name written in {@code site.yml}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Host> named(String key) {
        for (Host host : values()) {
            if (host.key().equals(key)) {
                return Optional.of(host);
            }
        }
        return Optional.empty();
    }
}
