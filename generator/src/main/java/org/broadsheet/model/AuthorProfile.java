package org.broadsheet.model;

import java.util.Map;

/**
 * An author of {@code content/authors.yml}: a key, and per language a name, a role and a short bio,
 * with an optional e-mail address and photo.
 *
 * @param key    lower-case letters, digits and {@code -}; the last segment of the author's page
 * @param names  language → name, for every language of the site
 * @param roles  language → role, where given
 * @param bios   language → short bio, where given
 * @param email  the address readers may write to, or null
 * @param photo  the photo file, relative to {@code content/}, or null
 */
public record AuthorProfile(String key, Map<String, String> names, Map<String, String> roles,
                            Map<String, String> bios, String email, String photo) {

    public String name(String language) {
        return names.getOrDefault(language, key);
    }

    /** The role in {@code language}, or null. */
    public String role(String language) {
        return roles.get(language);
    }

    /** The bio in {@code language}, or null. */
    public String bio(String language) {
        return bios.get(language);
    }
}
