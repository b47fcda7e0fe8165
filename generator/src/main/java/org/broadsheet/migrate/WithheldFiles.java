package org.broadsheet.migrate;

import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.SecretFiles;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files of the old site that the import never copies into {@code content/}, whatever a post links to: hidden files,
 * the old site's own settings, build and theme files, and private keys or credentials. In {@code content/} they would
 * be committed with the articles, and a link would publish the last two on the new site.
 */
final class WithheldFiles {

    /**
     * The settings, build and theme files at the root of a Jekyll or Hugo site, in lower case: what Jekyll and Hugo
     * read to build the site (a Jekyll site without an exclude list published its scripts too), never its content.
     */
    private static final Pattern MACHINERY = Pattern.compile("_config[^/]*\\.(ya?ml|toml)|(config|hugo)\\.(toml|ya?ml|json)"
            + "|(package|package-lock|composer|firebase|vercel|staticwebapp\\.config)\\.json|yarn\\.lock|pnpm-lock\\.yaml"
            + "|(netlify|wrangler|samconfig)\\.toml|docker-compose\\.ya?ml|[^/]*\\.gemspec|[^/]*\\.(sh|bash|zsh|ps1|bat|cmd)"
            + "|(_data|_includes|_layouts|_plugins|_sass|config)/.*");

    private WithheldFiles() {
    }

    /**
     * Why the import does not copy the old site's file {@code path} (relative to the site at {@code root}, as found
     * there), as a phrase about it that says so, or empty when it may.
     */
    static Optional<String> reason(Path root, String path) {
        if (ContentPaths.hidden(Path.of(path))) {
            return Optional.of("is a hidden file, which may hold passwords (.env, .htpasswd, .git/), and the import "
                    + "copies none into content/");
        }
        if (MACHINERY.matcher(path.toLowerCase(Locale.ROOT)).matches()) {
            return Optional.of("is one of the old site's settings, build or theme files, not its content, and the "
                    + "import copies none into content/");
        }
        if (SecretFiles.secret(root.resolve(path))) {
            return Optional.of("holds a private key or other credentials, and the import copies none into content/, "
                    + "from where a link would publish it");
        }
        return Optional.empty();
    }
}
