package org.broadsheet.site;

import org.broadsheet.model.Article;
import org.broadsheet.model.DeploySettings;
import org.broadsheet.model.Host;
import org.broadsheet.model.Language;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.model.SiteConfig.MissingTranslation;
import org.broadsheet.model.SiteConfig.RawHtml;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Articles and a two-edition configuration made directly, for the site model's own tests. */
public final class Articles {

    public static final SiteConfig CONFIG = new SiteConfig("https://news.example.org/", ZoneId.of("Asia/Seoul"),
            List.of(new Language("en", "The Harbor Times", "", null), new Language("ko", "항구 신문", "", null)), 10,
            MissingTranslation.HIDE, RawHtml.SANITIZE, SiteConfig.DEFAULT_EMBEDS, Host.GENERIC, null,
            DeploySettings.NONE);

    private Articles() {
    }

    /** An article of {@code language}/{@code path}.md, with no body to read. */
    public static Article article(String language, String path, String date, String updated, String translationKey,
                           List<String> topics) {
        String file = language + "/" + path + ".md";
        return new Article("content/" + file, file, language, path, path, path, OffsetDateTime.parse(date),
                updated == null ? null : OffsetDateTime.parse(updated), null, null, "", topics, List.of(), null,
                translationKey, 0, false, Map.of(), List.of(), List.of(), true, null, () -> "", 1, 0);
    }

    public static Article article(String language, String path, String date) {
        return article(language, path, date, null, null, List.of());
    }
}
