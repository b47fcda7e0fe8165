package org.broadsheet.migrate;

import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.SecretFiles;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files of the old site that the import never copies into {@code content/}, whatever a post links to: hidden files,
 * the settings, build and theme files of the old site or of any tool kept in it, scripts, and private keys or
 * credentials. In {@code content/} they would be committed with the articles, and a link would publish them on the
 * new site. Told by name wherever they are: a Hugo site publishes what lies under {@code static/}, so a root-only rule
 * would never see {@code static/deploy.sh}, and a tool's folder ({@code tools/}, {@code scripts/}) holds settings
 * files under the same names as a site's root.
 */
final class WithheldFiles {

    /**
     * Names of settings and build files, in lower case: what Jekyll, Hugo and the tools around them (Bundler, npm,
     * Composer, make, Docker, hosts' deploy tools) read, never content, and often with tokens or server addresses in
     * them; and files named for secrets.
     */
    private static final Pattern SETTINGS = Pattern.compile("_config[^/]*\\.(ya?ml|toml)|(config|hugo)\\.(toml|ya?ml|json)"
            + "|(package|package-lock|composer|firebase|vercel|staticwebapp\\.config)\\.json|(yarn|composer)\\.lock"
            + "|pnpm-lock\\.yaml|(netlify|wrangler|samconfig)\\.toml|docker-compose\\.ya?ml|[^/]*\\.gemspec"
            + "|gemfile(\\.lock)?|rakefile|makefile|dockerfile|secrets?\\.(ya?ml|json|toml)");
    /** Extensions of shell and batch scripts, in lower case. */
    private static final Pattern SCRIPT = Pattern.compile("[^/]*\\.(sh|bash|zsh|fish|ps1|bat|cmd)");
    /**
     * Folders of Jekyll's data, templates and plugins, which Jekyll reads wherever they are (a theme's own) and never
     * publishes; and Hugo's folder of settings, at the root.
     */
    private static final Pattern MACHINERY = Pattern.compile("(.*/)?(_data|_includes|_layouts|_plugins|_sass)/.*"
            + "|config/.*");

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
        String lower = path.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        if (SETTINGS.matcher(name).matches() || MACHINERY.matcher(lower).matches()) {
            return Optional.of("is one of the old site's settings, build or theme files, not its content, and the "
                    + "import copies none into content/");
        }
        if (SCRIPT.matcher(name).matches()) {
            return Optional.of("is a script, which may hold the commands, addresses and tokens of the old site's "
                    + "servers, and the import copies none into content/: when readers are meant to download it, read "
                    + "it through, then copy it into content/files/ and link to it there");
        }
        if (SecretFiles.secret(root.resolve(path))) {
            return Optional.of("holds a private key or other credentials, and the import copies none into content/, "
                    + "from where a link would publish it");
        }
        return Optional.empty();
    }
}
