package org.broadsheet.render;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The theme's FreeMarker templates ({@code .ftlh}, HTML auto-escaping on), configured once per build
 * and shared by all rendering threads, with the ids its pages use ({@link ThemeIds}), read with them.
 */
public final class Templates {

    /**
     * A template that failed, with where and why, for the problem report; {@code readsExtra} when the expression
     * that failed reads an {@code extra} field, which an article's front matter fills as it likes.
     */
    public record Failure(String template, int line, String message, boolean readsExtra) {

        Failure(String template, int line, String message) {
            this(template, line, message, false);
        }
    }

    private static final Pattern EXTRA = Pattern.compile("\\bextra\\b");

    private final Path templatesDir;
    private final Configuration configuration;
    private final Set<String> ids;

    public Templates(Path templatesDir) throws IOException {
        this.templatesDir = templatesDir;
        this.ids = ThemeIds.of(templatesDir).ids();
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        if (Files.isDirectory(templatesDir)) {
            configuration.setTemplateLoader(new ThemeLoader(templatesDir.toFile()));
        } else {
            // no theme: each page kind reports the template it needs, rather than the build failing on the folder
            configuration.setTemplateLoader(new StringTemplateLoader());
        }
        configuration.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setTemplateExceptionHandler(new ExtraBlame());
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
    }

    /** The ids that the theme's templates and scripts use, as {@link ThemeIds} finds them. */
    public Set<String> ids() {
        return ids;
    }

    /**
     * Parses the templates of every page kind now, so that the first pages need not wait for them; one
     * that fails is left for {@link #render} to report.
     */
    public Templates parsed() {
        for (PageKind kind : PageKind.values()) {
            try {
                configuration.getTemplate(kind.template());
            } catch (IOException e) {
                // reported when a page of this kind is rendered
            }
        }
        return this;
    }

    /**
     * The syntax errors of every template file of the theme ({@code .ftlh} below its folder, symbolic links left
     * out), for a build that stops before rendering any page, which would otherwise meet them only in a later run.
     */
    public List<Failure> syntaxErrors() throws IOException {
        List<Failure> failures = new ArrayList<>();
        if (!Files.isDirectory(templatesDir)) {
            return failures;
        }
        List<Path> files;
        // templates/ itself may be a link to the theme kept elsewhere
        Path theme = templatesDir.toRealPath();
        try (Stream<Path> walk = Files.walk(theme)) {
            files = walk.filter(file -> file.getFileName().toString().endsWith(".ftlh")
                    && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            String name = theme.relativize(file).toString().replace(File.separatorChar, '/');
            try {
                configuration.getTemplate(name);
            } catch (TemplateNotFoundException e) {
                // deleted since the folder was listed: the save that deleted it builds again
            } catch (ParseException e) {
                failures.add(syntaxError(e, name));
            } catch (IOException e) {
                ParseException parse = cause(e, ParseException.class);
                if (parse == null) {
                    throw e;
                }
                failures.add(syntaxError(parse, name));
            }
        }
        return failures;
    }

    /** Renders {@code name} with {@code model}, or says which template line failed and why. */
    public Rendered render(String name, PageModel model) {
        try {
            Template template = configuration.getTemplate(name);
            Utf8Writer out = Utf8Writer.forPage();
            template.process(model, out);
            return new Rendered(out.page(), null);
        } catch (TemplateNotFoundException e) {
            return new Rendered(null, new Failure(name, 0, "template not found: the theme needs " + name));
        } catch (ParseException e) {
            return new Rendered(null, syntaxError(e, name));
        } catch (TemplateException e) {
            // a template imported or included that does not parse is the failure, once, whichever page met it first
            ParseException parse = cause(e, ParseException.class);
            if (parse != null) {
                return new Rendered(null, syntaxError(parse, name));
            }
            ThemeLoader.OutsideTheme outside = cause(e, ThemeLoader.OutsideTheme.class);
            if (outside != null) {
                return new Rendered(null, outside(outside));
            }
            ExtraBlame.OverExtra overExtra = e instanceof ExtraBlame.OverExtra over ? over
                    : cause(e, ExtraBlame.OverExtra.class);
            TemplateException failed = overExtra != null ? overExtra.failure() : e;
            String template = failed.getTemplateSourceName() != null ? failed.getTemplateSourceName() : name;
            int line = failed.getLineNumber() != null ? failed.getLineNumber() : 0;
            return new Rendered(null, new Failure(template, line, firstLine(failed.getMessageWithoutStackTop()),
                    overExtra != null || failed.getBlamedExpressionString() != null
                            && EXTRA.matcher(failed.getBlamedExpressionString()).find()));
        } catch (ThemeLoader.OutsideTheme e) {
            return new Rendered(null, outside(e));
        } catch (StackOverflowError e) {
            // FreeMarker sets no limit to recursion; uncaught, this would end the build, and the preview's rebuilds
            return new Rendered(null, new Failure(name, 0, "calls itself without end: a macro, function, #include or "
                    + "#nested here or in a template it uses never reaches a case that stops it; give the recursion an end"));
        } catch (IOException e) {
            // a template that failed to parse or to load once is reported by FreeMarker's cache as an I/O error with
            // its cause
            ParseException parse = cause(e, ParseException.class);
            if (parse != null) {
                return new Rendered(null, syntaxError(parse, name));
            }
            ThemeLoader.OutsideTheme outside = cause(e, ThemeLoader.OutsideTheme.class);
            if (outside != null) {
                return new Rendered(null, outside(outside));
            }
            throw new UncheckedIOException(e);
        }
    }

    private static Failure outside(ThemeLoader.OutsideTheme e) {
        return new Failure(e.template(), 0, "leads outside templates/ through a symbolic link; Broadsheet reads nothing "
                + "from outside content/ and templates/: put the file itself in templates/");
    }

    private static Failure syntaxError(ParseException e, String name) {
        return new Failure(e.getTemplateName() != null ? e.getTemplateName() : name, e.getLineNumber(),
                firstLine(e.getEditorMessage()));
    }

    /** The first of the causes of {@code e} that is a {@code type}, or null. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e.getCause(); cause != null && cause != e; e = cause, cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The HTML of a page in UTF-8, or the failure that prevented it. */
    public record Rendered(byte[] html, Failure failure) {
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf("\n\n");
        return (end < 0 ? text : text.substring(0, end)).replace('\n', ' ').replaceAll("\\s+", " ");
    }
}
