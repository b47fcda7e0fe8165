package org.broadsheet.migrate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Liquid, shortcodes and kramdown attributes in bodies: input → Markdown and the report lines
 * ({@code \n} stands for a line break; the body starts on line 10).
 */
class BodyConversionTest {

    /** Knows the posts named 'bells' (→ ../2019/bells.md) and 'ferry' (→ ../../ko/2024/ferry.md when Korean is asked). */
    private static final Links LINKS = (reference, language) -> {
        String name = reference.split("#")[0];
        String anchor = reference.contains("#") ? "#" + reference.split("#", 2)[1] : "";
        if (name.contains("bells")) {
            return Optional.of("../2019/bells.md" + anchor);
        }
        if (name.contains("ferry")) {
            return Optional.of(("ko".equals(language) ? "../../ko/2024/ferry.md" : "../2024/ferry.md") + anchor);
        }
        return Optional.empty();
    };

    @ParameterizedTest(name = "Liquid: {0}")
    @CsvSource(delimiter = '¦', nullValues = "-", quoteCharacter = '"', textBlock = """
            [see]({% link _posts/2019-12-25-bells.md %})             ¦ [see](../2019/bells.md)                  ¦ -
            [see]({% post_url 2019-12-25-bells %})                   ¦ [see](../2019/bells.md)                  ¦ -
            [see]({%post_url 2019-12-25-bells%})                     ¦ [see](../2019/bells.md)                  ¦ -
            [see]({% post_url 2001-01-01-gone %})                    ¦ [see]({% post_url 2001-01-01-gone %})    ¦ 10: '{% post_url 2001-01-01-gone %}' names no imported post (or a draft); kept as text
            {% highlight ruby linenos %}\\nx = 1\\n{% endhighlight %} ¦ ```ruby\\nx = 1\\n```                      ¦ -
            {% raw %}{{ page.title }}{% endraw %}                    ¦ {{ page.title }}                         ¦ -
            ![a]({{ site.baseurl }}/img/a.png)                       ¦ ![a](/img/a.png)                         ¦ -
            [b]({{ '/about/' | relative_url }})                      ¦ [b](/about/)                             ¦ -
            text\\n{% include notice.html %}                          ¦ text\\n{% include notice.html %}          ¦ 11: Liquid '{% include notice.html %}' has no Markdown equivalent; kept as text
            {{ page.author }}                                        ¦ {{ page.author }}                        ¦ 10: Liquid '{{ page.author }}' has no Markdown equivalent; kept as text
            {% capture x %}a{% endcapture %}                         ¦ {% capture x %}a{% endcapture %}         ¦ 10: Liquid '{% capture x %}' has no Markdown equivalent; kept as text
            """)
    void liquid(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        assertEquals(unescape(expected), LiquidBody.convert(post, post.body(), LINKS, findings));
        assertFindings(finding, findings);
    }

    @ParameterizedTest(name = "shortcode: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            [see]({{< ref "bells" >}})                                | [see](../2019/bells.md)                | -
            [see]({{< relref "/posts/bells.md#intro" >}})             | [see](../2019/bells.md#intro)          | -
            [see]({{< ref path="ferry" lang="ko" >}})                 | [see](../../ko/2024/ferry.md)          | -
            [see]({{% ref "gone" %}})                                 | [see]({{% ref "gone" %}})              | 10: '{{% ref "gone" %}}' names no imported page (or a draft); kept as text
            {{< youtube dQw4w9WgXcQ >}}                               | [YouTube video dQw4w9WgXcQ](https://www.youtube.com/watch?v=dQw4w9WgXcQ) | -
            {{< youtube id="abc" title="Harbor at dawn" >}}           | [Harbor at dawn](https://www.youtube.com/watch?v=abc) | -
            {{< highlight go "linenos=table" >}}\\nx := 1\\n{{< /highlight >}} | ```go\\nx := 1\\n```               | -
            {{< figure src="a.png" alt="A pier" caption="At dawn" >}} | ![A pier](a.png)\\n*At dawn*            | -
            a\\n{{< tweet user="x" id="1" >}}                          | a\\n{{< tweet user="x" id="1" >}}       | 11: shortcode '{{< tweet user="x" id="1" >}}' has no Markdown equivalent; kept as text
            {{% notice %}}Hi{{% /notice %}}                           | {{% notice %}}Hi{{% /notice %}}        | 10: shortcode '{{% notice %}}' has no Markdown equivalent; kept as text
            """)
    void shortcodes(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        assertEquals(unescape(expected), ShortcodeBody.convert(post, post.body(), LINKS, findings));
        assertFindings(finding, findings);
    }

    @ParameterizedTest(name = "kramdown: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            Lead.\\n{: .lead}\\nNext.                   | Lead.\\nNext.                    | 11: kramdown attribute '{: .lead}' removed
            [site](https://x.org){:target="_blank"}    | [site](https://x.org)            | 10: kramdown attribute '{:target="_blank"}' removed
            No attributes {here}.                      | No attributes {here}.            | -
            """)
    void kramdownAttributes(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        assertEquals(unescape(expected), KramdownAttributes.remove(post, post.body(), findings));
        assertFindings(finding, findings);
    }

    @ParameterizedTest(name = "HTML image: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            <img src="/img/a.png" alt="A pier">                           | ![A pier](/img/a.png)                          | -
            Look: <img src='a b.png'/> here.                             | Look: ![](a%20b.png) here.                     | -
            ```\\n<img src="a.png">\\n```                               | ```\\n<img src="a.png">\\n```                | -
            <figure>\\n<img src="/img/a.png" alt="A">\\n</figure>          | <figure>\\n<img src="/img/a.png" alt="A">\\n</figure> | 11: raw HTML refers to '/img/a.png' of the old site; Broadsheet publishes files only for Markdown links and images: write it in Markdown, or put the file where the host serves it
            <p><a href="https://x.org/">x</a></p>                        | <p><a href="https://x.org/">x</a></p>          | -
            """)
    void htmlImages(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        assertEquals(unescape(expected), HtmlImages.convert(post, post.body(), findings));
        assertFindings(finding, findings);
    }

    @ParameterizedTest(name = "old address: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            [b](/2019/12/25/bells.html#end)                     | [b](../2019/bells.md#end)                | -
            [b](https://old.example.org/2019/12/25/bells.html)  | [b](../2019/bells.md)                    | -
            [b](/posts/bells/index.html)                        | [b](../2019/bells.md)                    | -
            [a](/about/)                                        | [a](/about/)                             | -
            [a](https://elsewhere.org/ko/x/)                    | [a](https://elsewhere.org/ko/x/)         | -
            [k](/ko/about/)                                     | [k](/ko/about/)                          | 10: the link to '/ko/about/' leads to no imported post, and Broadsheet would report it as a broken link: point it at the new page (a .md file) or at a full address
            [r](../other-post/)                                 | [r](../other-post/)                      | 10: the link to '../other-post/' leads to no imported post, and Broadsheet would report it as a broken link: point it at the new page (a .md file) or at a full address
            [p](notes.pdf) and [s](#top) and [l]({% link x %})  | [p](notes.pdf) and [s](#top) and [l]({% link x %}) | -
            """)
    void linksToOldAddresses(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(body);
        OldLinks links = new OldLinks(java.util.Map.of("/2019/12/25/bells.html", "en/2019/bells.md",
                "/posts/bells/", "en/2019/bells.md"), "https://old.example.org/");
        assertEquals(expected, links.rewrite(post, post.body(), "en/2021/tides.md", findings));
        assertFindings(finding, findings);
    }

    private static void assertFindings(String finding, Findings findings) {
        assertEquals(finding == null ? List.of() : List.of("_posts/2019-12-25-bells.md:" + finding),
                findings.sorted().stream().map(Finding::toString).toList());
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }
}
