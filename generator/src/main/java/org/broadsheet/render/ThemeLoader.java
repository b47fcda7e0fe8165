package org.broadsheet.render;

import freemarker.cache.FileTemplateLoader;

import java.io.File;
import java.io.IOException;

/**
 * FreeMarker's loader of the theme's files, which refuses a template that a symbolic link leads outside
 * {@code templates/}: it says so with an {@link OutsideTheme} naming the template, which a build reports as a problem
 * of that file, where FreeMarker's own refusal is an unchecked {@link SecurityException} that would end the build.
 */
final class ThemeLoader extends FileTemplateLoader {

    /** A template that a symbolic link, the file's or a folder's on its way, leads outside {@code templates/}. */
    static final class OutsideTheme extends IOException {

        private final String template;

        OutsideTheme(String template, SecurityException refusal) {
            super(template + " leads outside the theme", refusal);
            this.template = template;
        }

        /** The template's name, relative to {@code templates/}. */
        String template() {
            return template;
        }
    }

    ThemeLoader(File templatesDir) throws IOException {
        super(templatesDir);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        try {
            return super.findTemplateSource(name);
        } catch (SecurityException refusal) {
            throw new OutsideTheme(name, refusal);
        }
    }
}
