package org.broadsheet.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What each file of a site is to a host: its publishing stage, content type and caching. */
class FileKindTest {

    @ParameterizedTest(name = "{0}: stage {1}, {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            media/images/harbor.jpg             | 1 | image/jpeg                          | public, max-age=31536000, immutable
            media/files/timetable.pdf           | 1 | application/pdf                     | public, max-age=31536000, immutable
            assets/style.3f2a1b9c.css           | 1 | text/css; charset=utf-8             | public, max-age=31536000, immutable
            assets/search.0a1b2c3d.js           | 1 | text/javascript; charset=utf-8      | public, max-age=31536000, immutable
            assets/favicon.svg                  | 1 | image/svg+xml; charset=utf-8        | public, max-age=3600
            assets/fonts/serif.woff2            | 1 | font/woff2                          | public, max-age=3600
            _redirects                          | 1 | text/plain; charset=utf-8           | public, max-age=3600
            CNAME                               | 1 | text/plain; charset=utf-8           | public, max-age=3600
            en/2019/03/cranes/index.html        | 2 | text/html; charset=utf-8            | public, max-age=60
            ko/2019/03/한글/index.html           | 2 | text/html; charset=utf-8            | public, max-age=60
            en/topics/economy/index.html        | 3 | text/html; charset=utf-8            | public, max-age=60
            en/timeline/2019/03/index.html      | 3 | text/html; charset=utf-8            | public, max-age=60
            en/page/2/index.html                | 3 | text/html; charset=utf-8            | public, max-age=60
            2019/12/25/bells.html               | 3 | text/html; charset=utf-8            | public, max-age=60
            404.html                            | 3 | text/html; charset=utf-8            | public, max-age=60
            en/search/index-0.json              | 3 | application/json; charset=utf-8     | public, max-age=60
            en/feed.xml                         | 4 | application/atom+xml; charset=utf-8 | public, max-age=60
            en/topics/economy/feed.xml          | 4 | application/atom+xml; charset=utf-8 | public, max-age=60
            sitemap.xml                         | 5 | application/xml; charset=utf-8      | public, max-age=60
            sitemap-12.xml                      | 5 | application/xml; charset=utf-8      | public, max-age=60
            en/news-sitemap.xml                 | 5 | application/xml; charset=utf-8      | public, max-age=60
            en/news-sitemap-3.xml               | 5 | application/xml; charset=utf-8      | public, max-age=60
            robots.txt                          | 5 | text/plain; charset=utf-8           | public, max-age=60
            en/index.html                       | 6 | text/html; charset=utf-8            | public, max-age=60
            index.html                          | 6 | text/html; charset=utf-8            | public, max-age=60
            """)
    void eachFileHasItsStageTypeAndCaching(String path, int stage, String contentType, String cacheControl) {
        assertEquals(stage, FileKind.of(path).stage());
        assertEquals(contentType, FileKind.contentType(path));
        assertEquals(cacheControl, FileKind.cacheControl(path));
    }
}
