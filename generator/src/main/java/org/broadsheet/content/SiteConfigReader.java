package org.broadsheet.content;

import com.fasterxml.jackson.databind.JsonNode;
import org.broadsheet.diag.Problems;
import org.broadsheet.diag.Suggestions;
import org.broadsheet.model.DeploySettings;
import org.broadsheet.model.Host;
import org.broadsheet.model.Language;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.model.SiteConfig.MissingTranslation;
import org.broadsheet.model.SiteConfig.RawHtml;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code content/site.yml}. */
final class SiteConfigReader {

    private static final Set<String> FIELDS = new LinkedHashSet<>(
            List.of("baseUrl", "timezone", "languages", "pageSize", "missingTranslation", "rawHtml", "embeds", "host",
                    "websub", "deploy"));
    private static final Set<String> LANGUAGE_FIELDS = new LinkedHashSet<>(List.of("title", "description", "contact"));
    private static final Set<String> DEPLOY_FIELDS = new LinkedHashSet<>(
            List.of("bucket", "prefix", "region", "endpoint", "pathStyle", "maxDeletes", "server"));

    /** The settings used when {@code site.yml} cannot be read, so that articles are still checked. */
    static SiteConfig fallback(List<String> languageFolders) {
        List<Language> languages = languageFolders.stream().map(code -> new Language(code, code, "", null)).toList();
        return new SiteConfig("http://localhost/", ZoneId.of("UTC"), languages, 10, MissingTranslation.HIDE,
                RawHtml.SANITIZE, SiteConfig.DEFAULT_EMBEDS, Host.GENERIC, null, DeploySettings.NONE);
    }

    private SiteConfigReader() {
    }

    /**
     * The settings of {@code site.yml}, and whether it gave every setting that the addresses of the pages and the
     * links of the bodies depend on ({@link #LINK_FIELDS}) without a problem, and no unknown setting that may be one
     * of them misspelt: when not, the defaults that stand for them could make a link look broken that is not.
     */
    record Reading(SiteConfig config, boolean linksKnown) {
    }

    /** The settings that the addresses of the pages and the links in bodies depend on. */
    private static final Set<String> LINK_FIELDS = Set.of("baseUrl", "timezone", "languages", "pageSize", "rawHtml");

    static Reading read(String text, String path, List<String> languageFolders, Problems problems) {
        Values values = new Values(path, problems);
        Problems linkProblems = new Problems();
        Values linkValues = new Values(path, linkProblems);
        Map<String, YamlFields.Field> fields = YamlFields.read(text, path, 1, problems).orElse(null);
        if (fields == null) {
            return new Reading(fallback(languageFolders), false);
        }
        for (YamlFields.Field field : fields.values()) {
            if (!FIELDS.contains(field.name())) {
                (Suggestions.hint(field.name(), LINK_FIELDS).isEmpty() ? values : linkValues).problem(field.line(),
                        "unknown setting '" + field.name() + "'" + Suggestions.hint(field.name(), FIELDS)
                                + "; settings are " + String.join(", ", FIELDS));
            }
        }
        String baseUrl = baseUrl(fields.get("baseUrl"), linkValues);
        ZoneId zone = timezone(fields.get("timezone"), linkValues);
        List<Language> languages = languages(fields.get("languages"), linkValues, languageFolders);
        int pageSize = pageSize(fields.get("pageSize"), linkValues);
        MissingTranslation missing = missingTranslation(fields.get("missingTranslation"), values);
        RawHtml rawHtml = rawHtml(fields.get("rawHtml"), linkValues);
        List<String> embeds = embeds(fields.get("embeds"), values);
        SiteConfig config = new SiteConfig(baseUrl, zone, languages, pageSize, missing, rawHtml, embeds,
                host(fields.get("host"), values), websub(fields.get("websub"), values), deploy(fields.get("deploy"), values));
        problems.addAll(linkProblems.sorted());
        linkProblems.warnings().forEach(warning -> problems.warn(warning.path(), warning.line(), warning.message()));
        return new Reading(config, linkProblems.isEmpty());
    }

    /** Checks an absolute http(s) URL and makes it end with {@code /}; reports and returns null otherwise. */
    static String normalizeBaseUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                return null;
            }
            return url.endsWith("/") ? url : url + "/";
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String baseUrl(YamlFields.Field field, Values values) {
        if (field == null) {
            values.problem(1, "missing 'baseUrl': the address where the site will be published, "
                    + "e.g. baseUrl: https://news.example.org/");
            return "http://localhost/";
        }
        String text = values.text(field);
        String normalized = text == null ? null : normalizeBaseUrl(text);
        if (normalized == null) {
            values.problem(field.line(), "'baseUrl' must be an absolute http or https address such as "
                    + "https://news.example.org/ or https://example.org/news/");
            return "http://localhost/";
        }
        return normalized;
    }

    private static ZoneId timezone(YamlFields.Field field, Values values) {
        if (field == null) {
            values.problem(1, "missing 'timezone': the newsroom's time zone, e.g. timezone: Asia/Seoul");
            return ZoneId.of("UTC");
        }
        String text = values.text(field);
        try {
            return ZoneId.of(text == null ? "" : text);
        } catch (DateTimeException e) {
            values.problem(field.line(), "unknown timezone '" + text + "': use a name of the tz database such as "
                    + "Asia/Seoul or America/New_York");
            return ZoneId.of("UTC");
        }
    }

    private static List<Language> languages(YamlFields.Field field, Values values, List<String> folders) {
        List<Language> languages = new ArrayList<>();
        if (field == null || !field.value().isObject() || field.value().isEmpty()) {
            values.problem(field == null ? 1 : field.line(), "'languages' must list each edition with its title, "
                    + "e.g. languages: {en: {title: The Ledger}, ko: {title: 레저}}");
            return fallback(folders).languages();
        }
        field.value().fields().forEachRemaining(entry -> {
            String code = entry.getKey();
            if (!code.matches("[a-z]{2,3}(-[A-Za-z0-9]+)?")) {
                values.problem(field.line(), "'" + code + "' is not a language code; use codes such as en or ko");
                return;
            }
            JsonNode settings = entry.getValue();
            Map<String, JsonNode> map = settings.isObject()
                    ? values.map(settings, code, field.line(), LANGUAGE_FIELDS).orElse(Map.of())
                    : Map.of();
            String title = values.text(map.get("title"), "title", field.line());
            if (title == null) {
                values.problem(field.line(), "the '" + code + "' edition has no 'title': add the site title in that language");
                title = code.toUpperCase(Locale.ROOT);
            }
            String description = values.text(map.get("description"), "description", field.line());
            String contact = values.email(map.get("contact"), code + ".contact", field.line());
            languages.add(new Language(code, title, description == null ? "" : description, contact));
        });
        return languages.isEmpty() ? fallback(folders).languages() : List.copyOf(languages);
    }

    private static int pageSize(YamlFields.Field field, Values values) {
        if (field == null) {
            return 10;
        }
        if (!field.value().canConvertToInt() || !field.value().isIntegralNumber() || field.value().intValue() < 1) {
            values.problem(field.line(), "'pageSize' must be a whole number of articles per page, e.g. pageSize: 10");
            return 10;
        }
        return field.value().intValue();
    }

    /**
     * {@code sanitize} (the default), {@code trusted} or {@code escape}; {@code true} and {@code false},
     * which the setting once was, still mean {@code trusted} and {@code escape}.
     */
    private static RawHtml rawHtml(YamlFields.Field field, Values values) {
        if (field == null) {
            return RawHtml.SANITIZE;
        }
        if (field.value().isBoolean()) {
            return field.value().booleanValue() ? RawHtml.TRUSTED : RawHtml.ESCAPE;
        }
        String text = values.text(field);
        for (RawHtml option : RawHtml.values()) {
            if (option.name().equalsIgnoreCase(text)) {
                return option;
            }
        }
        values.problem(field.line(), "'rawHtml' must be 'sanitize' (formatting and embeds from the hosts of "
                + "'embeds' are kept, scripts removed), 'trusted' (HTML passes as written) or 'escape' (HTML is "
                + "shown as text)");
        return RawHtml.SANITIZE;
    }

    /** The embed hosts, each {@code host} or {@code host/path-prefix}; the default list when absent. */
    private static List<String> embeds(YamlFields.Field field, Values values) {
        if (field == null) {
            return SiteConfig.DEFAULT_EMBEDS;
        }
        List<String> embeds = new ArrayList<>();
        for (String entry : values.texts(field)) {
            String embed = entry.replaceFirst("(?i)^https://", "");
            if (!embed.matches("(?i)[a-z0-9.-]+\\.[a-z]{2,}(/[^\\s?#]*)?")) {
                values.problem(field.line(), "embed '" + entry + "' must be a host, or a host and the start of a "
                        + "path, e.g. www.youtube-nocookie.com/embed/ (embeds are loaded over https)");
            } else {
                embeds.add(embed);
            }
        }
        return List.copyOf(embeds);
    }

    private static MissingTranslation missingTranslation(YamlFields.Field field, Values values) {
        if (field == null) {
            return MissingTranslation.HIDE;
        }
        String text = values.text(field);
        for (MissingTranslation option : MissingTranslation.values()) {
            if (option.name().equalsIgnoreCase(text)) {
                return option;
            }
        }
        values.problem(field.line(), "'missingTranslation' must be 'hide' (no language switch on an untranslated "
                + "article) or 'home' (the switch leads to the other edition's home)");
        return MissingTranslation.HIDE;
    }

    private static Host host(YamlFields.Field field, Values values) {
        if (field == null) {
            return Host.GENERIC;
        }
        String text = values.text(field);
        List<String> hosts = Arrays.stream(Host.values()).map(Host::key).toList();
        return Host.named(text).orElseGet(() -> {
            values.problem(field.line(), "unknown host '" + text + "'" + Suggestions.hint(String.valueOf(text), hosts)
                    + "; 'host' is one of " + String.join(", ", hosts));
            return Host.GENERIC;
        });
    }

    private static String websub(YamlFields.Field field, Values values) {
        if (field == null) {
            return null;
        }
        String text = values.text(field);
        if (text == null || normalizeBaseUrl(text) == null) {
            values.problem(field.line(), "'websub' must be the absolute http or https address of a WebSub hub, "
                    + "e.g. websub: https://pubsubhubbub.appspot.com/");
            return null;
        }
        return text;
    }

    private static DeploySettings deploy(YamlFields.Field field, Values values) {
        if (field == null) {
            return DeploySettings.NONE;
        }
        Map<String, JsonNode> map = values.map(field, DEPLOY_FIELDS).orElse(Map.of());
        int line = field.line();
        Boolean pathStyle = null;
        JsonNode style = map.get("pathStyle");
        if (style != null && !style.isNull()) {
            if (style.isBoolean()) {
                pathStyle = style.booleanValue();
            } else {
                values.problem(line, "'pathStyle' in 'deploy' must be true or false, not '" + style.asText() + "'");
            }
        }
        Integer maxDeletes = null;
        JsonNode deletes = map.get("maxDeletes");
        if (deletes != null && !deletes.isNull()) {
            if (deletes.isIntegralNumber() && deletes.canConvertToInt() && deletes.intValue() >= -1) {
                maxDeletes = deletes.intValue();
            } else {
                values.problem(line, "'maxDeletes' in 'deploy' must be a whole number of objects (-1 for no limit), "
                        + "e.g. maxDeletes: 256");
            }
        }
        String endpoint = values.text(map.get("endpoint"), "endpoint", line);
        if (endpoint != null && normalizeBaseUrl(endpoint) == null) {
            values.problem(line, "'endpoint' in 'deploy' must be an absolute http or https address, "
                    + "e.g. endpoint: https://ACCOUNT.r2.cloudflarestorage.com");
            endpoint = null;
        }
        return new DeploySettings(values.text(map.get("bucket"), "bucket", line), values.text(map.get("prefix"), "prefix", line),
                values.text(map.get("region"), "region", line), endpoint, pathStyle, maxDeletes,
                values.text(map.get("server"), "server", line));
    }
}
