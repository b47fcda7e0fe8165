package org.broadsheet.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.broadsheet.LinearTime;
import org.broadsheet.markdown.MarkdownSpans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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

    /** {@code site.title}, and {@code site.data.releases}: a list of releases with their download addresses. */
    private static final LiquidValues VALUES = new LiquidValues(Map.of("title", "The Harbor Notes"), () -> Map.of(
            "releases", List.of(Map.of("version", "1.0", "url", Map.of("gz", "https://dl.example.org/ferry-1.0.tgz")),
                    Map.of("version", "2.0", "url", Map.of("gz", "https://dl.example.org/ferry-2.0.tgz")))),
            name -> Optional.ofNullable(Map.of(
                    "JB/setup", "{% capture jbcache %}\n  {% include JB/settings %}\n{% endcapture %}{% assign jbcache = nil %}\n",
                    "shows.html", "<p>{{ include.text }}</p>\n",
                    "when.html", "{% if include.a and include.b or include.c %}both{% elsif include.n > 2 %}many{% elsif "
                            + "include.tags contains \"sea\" %}sea{% else %}none{% endif %}\n",
                    "video.liquid", "{% assign extension = include.path | split: '.' | last %}\n<figure>\n{% if extension == "
                            + "'mp4' %}<video src=\"{{ include.path | relative_url }}\"/>{% else %}<iframe src=\"{{ include.path "
                            + "}}\"></iframe>{% endif %}\n{% if include.caption %}<figcaption>{{ include.caption }}</figcaption>"
                            + "{% endif %}\n</figure>\n",
                    "audio.liquid", "<figure><audio src=\"{{ include.path | relative_url }}\"{% if include.controls %} controls"
                            + "{% endif %}/></figure>\n").get(name)));

    /**
     * The site's shortcodes: {@code imageFull}, a figure of the picture at {@code src}, alt text {@code title}; a
     * {@code style} of its own, which shows a card; its theme's {@code chart}.
     */
    private static final ShortcodeTemplates TEMPLATES = new ShortcodeTemplates(path -> Optional.ofNullable(Map.of(
            "layouts/shortcodes/imageFull.html", "<figure><img src=\"{{ .Get \"src\" }}\" alt=\"{{ .Get \"title\" }}\"/>"
                    + "{{ with .Get \"caption\" }}<figcaption>{{ . }}</figcaption>{{ end }}</figure>\n",
            "layouts/_shortcodes/style.html", "<div class=\"card\">{{ .Inner }}</div>\n",
            "themes/congo/layouts/shortcodes/chart.html", "<canvas></canvas>\n").get(path)), List.of("congo"));
    private static final PictureShortcodes PICTURES = new PictureShortcodes(TEMPLATES::text);

    @ParameterizedTest(name = "Liquid: {0}")
    @CsvSource(delimiter = '¦', nullValues = "-", quoteCharacter = '"', textBlock = """
            [see]({% link _posts/2019-12-25-bells.md %})             ¦ [see](../2019/bells.md)                  ¦ -
            [see]({% post_url 2019-12-25-bells %})                   ¦ [see](../2019/bells.md)                  ¦ -
            [see]({%post_url 2019-12-25-bells%})                     ¦ [see](../2019/bells.md)                  ¦ -
            [see]({% post_url 2019-12-25-bells %}/#intro)            ¦ [see](../2019/bells.md#intro)            ¦ -
            [see]({% post_url 2019-12-25-bells %}/)                  ¦ [see](../2019/bells.md)                  ¦ -
            [see]({% post_url 2019-12-25-bells %}/notes/)            ¦ [see](../2019/bells.md/notes/)           ¦ -
            [see]({% post_url 2001-01-01-gone %})                    ¦ [see]({% post_url 2001-01-01-gone %})    ¦ 10: '{% post_url 2001-01-01-gone %}' names no imported post (or a draft); kept as text
            {% highlight ruby linenos %}\\nx = 1\\n{% endhighlight %} ¦ ```ruby\\nx = 1\\n```                      ¦ -
            {% raw %}{{ page.title }}{% endraw %}                    ¦ {{ page.title }}                         ¦ -
            ![a]({{ site.baseurl }}/img/a.png)                       ¦ ![a](/img/a.png)                         ¦ -
            [b]({{ '/about/' | relative_url }})                      ¦ [b](/about/)                             ¦ -
            text\\n{% include notice.html %}                          ¦ text\\n{% include notice.html %}          ¦ 11: Liquid '{% include notice.html %}' has no Markdown equivalent; kept as text
            {% include JB/setup %}\\nText.                         ¦ \\nText.                                 ¦ 10: '{% include JB/setup %}' gave nothing (_includes/JB/setup only assigns and captures); removed
            {% include shows.html text="x" %}                        ¦ <p>x</p>                                 ¦ 10: '{% include shows.html text="x" %}' replaced by the HTML of _includes/shows.html
            {% include shows.html text=x %}                          ¦ {% include shows.html text=x %}          ¦ 10: Liquid '{% include shows.html text=x %}' has no Markdown equivalent; kept as text
            {% include shows.html text="x" more %}                   ¦ {% include shows.html text="x" more %}   ¦ 10: Liquid '{% include shows.html text="x" more %}' has no Markdown equivalent; kept as text
            {% include shows.html text=page.author %}                ¦ <p>Kim</p>                               ¦ 10: '{% include shows.html text=page.author %}' replaced by the HTML of _includes/shows.html
            {% include when.html a=true b=1 %}                       ¦ both                                     ¦ 10: '{% include when.html a=true b=1 %}' replaced by the HTML of _includes/when.html
            {% include when.html c=true n=3 %}                       ¦ many                                     ¦ 10: '{% include when.html c=true n=3 %}' replaced by the HTML of _includes/when.html
            {% include when.html n=1 tags="sea, gulls" %}            ¦ sea                                      ¦ 10: '{% include when.html n=1 tags="sea, gulls" %}' replaced by the HTML of _includes/when.html
            {% include when.html n=1 %}                              ¦ none                                     ¦ 10: '{% include when.html n=1 %}' replaced by the HTML of _includes/when.html
            {% include when.html n="x" %}                            ¦ {% include when.html n="x" %}            ¦ 10: Liquid '{% include when.html n="x" %}' has no Markdown equivalent; kept as text
            {{ author.name }}                                        ¦ {{ author.name }}                        ¦ 10: Liquid '{{ author.name }}' has no Markdown equivalent; kept as text
            {% twitter https://twitter.com/rubygems/status/518821243320287232 %} ¦ [A post by @rubygems on X](https://x.com/rubygems/status/518821243320287232) ¦ -
            {% twitter oembed https://x.com/jekyllrb maxwidth=500 limit=3 %} ¦ [@jekyllrb on X](https://x.com/jekyllrb) ¦ -
            {% details Click here & see %}\\nMore *details*.\\n{% enddetails %} ¦ <details>\\n<summary>Click here &amp; see</summary>\\n\\nMore *details*.\\n\\n</details> ¦ -
            a {% details X %} b                                      ¦ a {% details X %} b                      ¦ 10: Liquid '{% details X %}' has no Markdown equivalent; kept as text
            {% twitter @jekyllrb %}                                   ¦ {% twitter @jekyllrb %}                  ¦ 10: Liquid '{% twitter @jekyllrb %}' has no Markdown equivalent; kept as text
            {% capture x %}a{% endcapture %}                         ¦ ""                                       ¦ -
            {% capture x %}a{% endcapture %}{{ x }}!                 ¦ a!                                       ¦ 10: '{{ x }}' gave 'a'
            {% capture n-2 %}\\n**Low** tide\\n{% endcapture %}\\n<div class=notice>{{ n-2 | markdownify }}</div> ¦ \\n\\n\\n<div class=notice>\\n\\n**Low** tide\\n\\n</div> ¦ 13: '{{ n-2 | markdownify }}' gave the Markdown of its capture block, set apart by blank lines so that it is read as Markdown in HTML too
            By {{ page.author }}.                                    ¦ By Kim.                                  ¦ 10: '{{ page.author }}' gave 'Kim'
            On {{ site.title | upcase }}.                            ¦ On THE HARBOR NOTES.                     ¦ 10: '{{ site.title | upcase }}' gave 'THE HARBOR NOTES'
            {{ page.kicker }}|                                       ¦ |                                        ¦ 10: '{{ page.kicker }}' gave ''
            "{% assign r = site.data.releases | where: ""version"", ""2.0"" | first %}\\n<{{ r.url.gz }}>" ¦ \\n<https://dl.example.org/ferry-2.0.tgz> ¦ 11: '{{ r.url.gz }}' gave 'https://dl.example.org/ferry-2.0.tgz'
            a{% comment %}\\nnot shown {{ x }}\\n{% endcomment %}b   ¦ a\\n\\nb                                   ¦ -
            {% include video.liquid path="https://www.youtube.com/embed/jNQXAC9IVRw" class="img-fluid rounded" %} ¦ <figure><iframe src="https://www.youtube.com/embed/jNQXAC9IVRw" frameborder="0" allowfullscreen></iframe></figure> ¦ 10: '{% include video.liquid path="https://www.youtube.com/embed/jNQXAC9IVRw" class="img-fluid rounded" %}' replaced by the HTML of _includes/video.liquid
            {% include video.liquid path="assets/video/tide.mp4" controls=true caption="Low tide" %} ¦ <figure><a href="/assets/video/tide.mp4">tide.mp4</a><figcaption>Low tide</figcaption></figure> ¦ 10: '{% include video.liquid path="assets/video/tide.mp4" controls=true caption="Low tide" %}' replaced by the HTML of _includes/video.liquid
            {% include audio.liquid path="https://cdn.example.org/gulls.mp3" title="Gulls" controls=true %} ¦ <figure><a href="https://cdn.example.org/gulls.mp3">Gulls</a></figure> ¦ 10: '{% include audio.liquid path="https://cdn.example.org/gulls.mp3" title="Gulls" controls=true %}' replaced by the HTML of _includes/audio.liquid
            {% tabs log %}\\n{% tab log php %}\\nvar_dump($x);\\n{% endtab %}\\n{% tab log js %}\\nconsole.log(x);\\n{% endtab %}\\n{% endtabs %} ¦ \\n**php**\\nvar_dump($x);\\n\\n**js**\\nconsole.log(x);\\n\\n ¦ 11: '{% tab log php %}' made the label **php**\\n14: '{% tab log js %}' made the label **js**
            {% tab log php %}\\nx                                     ¦ {% tab log php %}\\nx                     ¦ 10: Liquid '{% tab log php %}' has no Markdown equivalent; kept as text
            ```liquid\\n{% include x.html %} {{ item.name }}\\n```   ¦ ```liquid\\n{% include x.html %} {{ item.name }}\\n``` ¦ -
            ```\\n{% raw %}{% if a %}{% endraw %}\\n```              ¦ ```\\n{% if a %}\\n```                   ¦ -
            `{% link a.md %}` and `{{ x }}`                          ¦ `{% link a.md %}` and `{{ x }}`          ¦ -
            ```\\n{% highlight ruby %}\\n```                          ¦ ```\\n{% highlight ruby %}\\n```          ¦ -
            {% if page.x %}a{% endif %}                              ¦ {% if page.x %}a{% endif %}              ¦ 10: Liquid '{% if page.x %}' has no Markdown equivalent; kept as text
            {% details A %}\\nx\\n{% enddetails %}\\n{% enddetails %}  ¦ <details>\\n<summary>A</summary>\\n\\nx\\n\\n</details>\\n{% enddetails %} ¦ -
            {% tab log php %}\\nx\\n{% endtab %}                       ¦ {% tab log php %}\\nx\\n{% endtab %}       ¦ 10: Liquid '{% tab log php %}' has no Markdown equivalent; kept as text
            {% tabs log %}\\nx                                       ¦ {% tabs log %}\\nx                       ¦ 10: Liquid '{% tabs log %}' has no Markdown equivalent; kept as text
            {% tabs log %}\\n{% tab log a %}\\nx\\n{% endtab %}\\n{% endtabs %}\\n{% endtabs %} ¦ \\n**a**\\nx\\n\\n\\n{% endtabs %} ¦ 11: '{% tab log a %}' made the label **a**
            {% comment %}note{% endcomment %}\\n```\\n{{ x }}\\n```   ¦ \\n```\\n{{ x }}\\n```                     ¦ -
            [b]({{ 'https://cdn.example.org/a.png' | relative_url }}) ¦ [b](https://cdn.example.org/a.png)      ¦ -
            {% picture pier.jpg --alt The pier --link https://example.org/pier %} ¦ [![The pier](/pier.jpg)](https://example.org/pier) ¦ 10: '{% picture pier.jpg --alt The pier --link https://example.org/pier %}' made the image it showed, linked
            {% picture a wide view %}                                ¦ {% picture a wide view %}                ¦ 10: Liquid '{% picture a wide view %}' has no Markdown equivalent; kept as text
            See [#4].\\n{% assign ids = '4|9' | split: '|' %}\\n{% for id in ids %}\\n[#{{ id }}]: https://example.org/issues/{{ id }}\\n{% endfor %} ¦ See [#4].\\n\\n\\n[#4]: https://example.org/issues/4\\n\\n[#9]: https://example.org/issues/9\\n ¦ 12: '{% for id in ids %}' wrote its text once for each of its 2 items, as Jekyll did
            [Kim]({{ page.author | slugify | prepend: 'people/' | relative_url }}) ¦ [Kim](/people/kim) ¦ 10: '{{ page.author | slugify | prepend: 'people/' | relative_url }}' gave '/people/kim'
            {{ 99999999999999999999 }}                               ¦ {{ 99999999999999999999 }}               ¦ 10: Liquid '{{ 99999999999999999999 }}' has no Markdown equivalent; kept as text
            {{ '-99999999999999999999' | minus: 1 }}                ¦ {{ '-99999999999999999999' | minus: 1 }} ¦ 10: Liquid '{{ '-99999999999999999999' | minus: 1 }}' has no Markdown equivalent; kept as text
            {{ 9223372036854775807 | plus: 1 }}                      ¦ {{ 9223372036854775807 | plus: 1 }}      ¦ 10: Liquid '{{ 9223372036854775807 | plus: 1 }}' has no Markdown equivalent; kept as text
            {% assign xs = 'K|L' | split: '|' %}[{{ xs[1] }}]({{ xs[99999999999] }}x) ¦ [L](x) ¦ 10: '{{ xs[1] }}' gave 'L'\\n10: '{{ xs[99999999999] }}' gave ''
            {{ 9223372036854775806 | plus: 1 }}                      ¦ 9223372036854775807                      ¦ 10: '{{ 9223372036854775806 | plus: 1 }}' gave '9223372036854775807'
            {% for a in page.author %}{{ a | upcase }}{% endfor %}   ¦ {% for a in page.author %}{{ a | upcase }}{% endfor %} ¦ 10: Liquid '{% for a in page.author %}' has no Markdown equivalent; kept as text\\n10: Liquid '{{ a | upcase }}' has no Markdown equivalent; kept as text
            """)
    void liquid(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body), "author", "Kim");
        assertEquals(unescape(expected), LiquidBody.convert(post, post.body(), "", LINKS, VALUES, findings).apply());
        assertFindings(finding, findings);
    }

    /** Each loop follows {@code {% assign ids = 'a|b|c|d' | split: '|' %}} on its line, and writes what Jekyll wrote. */
    @ParameterizedTest(name = "loop: {0}")
    @CsvSource(delimiter = '¦', nullValues = "-", quoteCharacter = '"', textBlock = """
            {% for id in ids limit:2 %}{{ id }}{% endfor %}           ¦ ab   ¦ 10: '{% for id in ids limit:2 %}' wrote its text once for each of its 2 items, as Jekyll did
            {% for id in ids offset: 1 limit: 2 %}{{ id }}{% endfor %} ¦ bc   ¦ 10: '{% for id in ids offset: 1 limit: 2 %}' wrote its text once for each of its 2 items, as Jekyll did
            {% for id in ids limit:2 offset:1 %}{{ id }}{% endfor %}  ¦ bc   ¦ 10: '{% for id in ids limit:2 offset:1 %}' wrote its text once for each of its 2 items, as Jekyll did
            {% for id in ids offset:3 %}{{ id }}{% endfor %}          ¦ d    ¦ 10: '{% for id in ids offset:3 %}' wrote its text once for each of its 1 items, as Jekyll did
            {% for id in ids reversed %}{{ id }}{% endfor %}          ¦ dcba ¦ 10: '{% for id in ids reversed %}' wrote its text once for each of its 4 items, as Jekyll did
            {% for id in ids reversed limit:3 %}{{ id }}{% endfor %}  ¦ cba  ¦ 10: '{% for id in ids reversed limit:3 %}' wrote its text once for each of its 3 items, as Jekyll did
            {% for id in ids reversed offset:1 limit:2 %}{{ id }}{% endfor %} ¦ cb ¦ 10: '{% for id in ids reversed offset:1 limit:2 %}' wrote its text once for each of its 2 items, as Jekyll did
            {% for id in ids limit:2 reversed %}{{ id }}{% endfor %}  ¦ ab   ¦ 10: '{% for id in ids limit:2 reversed %}' wrote its text once for each of its 2 items, as Jekyll did; its 'reversed' after the limit or offset ignored, as Jekyll did
            {% for id in ids limit:'2' %}{{ id }}{% endfor %}         ¦ ab   ¦ 10: '{% for id in ids limit:'2' %}' wrote its text once for each of its 2 items, as Jekyll did
            {% for id in ids limit:page.few %}{{ id }}{% endfor %}    ¦ abc  ¦ 10: '{% for id in ids limit:page.few %}' wrote its text once for each of its 3 items, as Jekyll did
            {% for id in ids limit:page.none %}{{ id }}{% endfor %}   ¦ abcd ¦ 10: '{% for id in ids limit:page.none %}' wrote its text once for each of its 4 items, as Jekyll did
            {% for id in ids limit:0 %}{{ id }}{% endfor %}           ¦ ""   ¦ 10: '{% for id in ids limit:0 %}' wrote its text once for each of its 0 items, as Jekyll did
            {% for id in ids limit:-3 %}{{ id }}{% endfor %}          ¦ ""   ¦ 10: '{% for id in ids limit:-3 %}' wrote its text once for each of its 0 items, as Jekyll did
            {% for id in ids offset:-1 limit:3 %}{{ id }}{% endfor %} ¦ ab   ¦ 10: '{% for id in ids offset:-1 limit:3 %}' wrote its text once for each of its 2 items, as Jekyll did
            {% for id in ids offset:'99999999999999999999' %}{{ id }}{% endfor %} ¦ "" ¦ 10: '{% for id in ids offset:'99999999999999999999' %}' wrote its text once for each of its 0 items, as Jekyll did
            {% for id in ids limit:page.huge %}{{ id }}{% endfor %} ¦ abcd ¦ 10: '{% for id in ids limit:page.huge %}' wrote its text once for each of its 4 items, as Jekyll did
            {% for id in ids limit:99999999999999999999 %}{{ id }}{% endfor %} ¦ abcd ¦ 10: '{% for id in ids limit:99999999999999999999 %}' wrote its text once for each of its 4 items, as Jekyll did
            {% for id in ids offset:-99999999999999999999 limit:2 %}{{ id }}{% endfor %} ¦ "" ¦ 10: '{% for id in ids offset:-99999999999999999999 limit:2 %}' wrote its text once for each of its 0 items, as Jekyll did
            {% for id in ids offset:'-99999999999999999999' limit:'99999999999999999999' %}{{ id }}{% endfor %} ¦ "" ¦ 10: '{% for id in ids offset:'-99999999999999999999' limit:'99999999999999999999' %}' wrote its text once for each of its 0 items, as Jekyll did
            {% for id in ids offset:2 %}{{ forloop.index }}. {{ id }}{% if forloop.last %}{% endif %} {% endfor %} ¦ {% for id in ids offset:2 %}{{ forloop.index }}. {{ id }}{% if forloop.last %}{% endif %} {% endfor %} ¦ 10: Liquid '{% for id in ids offset:2 %}' has no Markdown equivalent; kept as text\\n10: Liquid '{% if forloop.last %}' has no Markdown equivalent; kept as text\\n10: Liquid '{{ forloop.index }}' has no Markdown equivalent; kept as text\\n10: Liquid '{{ id }}' has no Markdown equivalent; kept as text
            {% for id in ids offset:2 %}{{ forloop.index }}/{{ forloop.length }} {{ id }} {% endfor %} ¦ "1/2 c 2/2 d " ¦ 10: '{% for id in ids offset:2 %}' wrote its text once for each of its 2 items, as Jekyll did
            {% for n in page.nums %}{% for id in ids limit:n %}{{ id }}{% endfor %},{% endfor %} ¦ a,abc, ¦ 10: '{% for n in page.nums %}' wrote its text once for each of its 2 items, as Jekyll did
            {% for id in ids limit:1 %}{% for id in ids reversed limit:2 %}{{ id }}{% endfor %}{{ id }}{% endfor %} ¦ baa ¦ 10: '{% for id in ids limit:1 %}' wrote its text once for each of its 1 items, as Jekyll did
            {% for n in page.nums %}{% for id in ids limit:2 %}{{ forloop.parentloop.index }}{{ forloop.index }}{{ forloop.parentloop.parentloop }} {% endfor %}{% endfor %} ¦ "11 12 21 22 " ¦ 10: '{% for n in page.nums %}' wrote its text once for each of its 2 items, as Jekyll did
            {% for id in ids limit:1 %}{{ forloop.name }}{% endfor %} ¦ id-ids ¦ 10: '{% for id in ids limit:1 %}' wrote its text once for each of its 1 items, as Jekyll did
            {% for id in ids limit:'many' %}{{ id }}{% endfor %}      ¦ {% for id in ids limit:'many' %}{{ id }}{% endfor %} ¦ 10: Liquid '{% for id in ids limit:'many' %}' kept as text: its limit, 'many', is no whole number\\n10: Liquid '{{ id }}' has no Markdown equivalent; kept as text
            {% for id in ids offset:1.5 %}{{ id }}{% endfor %}        ¦ {% for id in ids offset:1.5 %}{{ id }}{% endfor %} ¦ 10: Liquid '{% for id in ids offset:1.5 %}' kept as text: its offset, 1.5, is no whole number\\n10: Liquid '{{ id }}' has no Markdown equivalent; kept as text
            {% for id in ids limit:page.nums %}{{ id }}{% endfor %}   ¦ {% for id in ids limit:page.nums %}{{ id }}{% endfor %} ¦ 10: Liquid '{% for id in ids limit:page.nums %}' kept as text: its limit, page.nums, is no whole number\\n10: Liquid '{{ id }}' has no Markdown equivalent; kept as text
            {% for id in ids limit:count %}{{ id }}{% endfor %} ¦ {% for id in ids limit:count %}{{ id }}{% endfor %} ¦ 10: Liquid '{% for id in ids limit:count %}' has no Markdown equivalent; kept as text\\n10: Liquid '{{ id }}' has no Markdown equivalent; kept as text
            {% for id in ids offset:continue %}{{ id }}{% endfor %}   ¦ {% for id in ids offset:continue %}{{ id }}{% endfor %} ¦ 10: Liquid '{% for id in ids offset:continue %}' has no Markdown equivalent; kept as text\\n10: Liquid '{{ id }}' has no Markdown equivalent; kept as text
            {% for id in ids limit:0 %}{{ id }}{% else %}none{% endfor %} ¦ {% for id in ids limit:0 %}{{ id }}{% else %}none{% endfor %} ¦ 10: Liquid '{% else %}' has no Markdown equivalent; kept as text\\n10: Liquid '{% for id in ids limit:0 %}' has no Markdown equivalent; kept as text\\n10: Liquid '{{ id }}' has no Markdown equivalent; kept as text
            """)
    void loop(String loop, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody("{% assign ids = 'a|b|c|d' | split: '|' %}" + unescape(loop), "few", 3,
                "nums", List.of(1, 3), "huge", new java.math.BigInteger("99999999999999999999"));
        assertEquals(unescape(expected), LiquidBody.convert(post, post.body(), "", LINKS, VALUES, findings).apply());
        assertFindings(finding, findings);
    }

    @Test
    void loopsNestedDeeperThanEightStayAsTextAndTheLoopsInsideThemAreWrittenOut() {
        String nine = "{% for a in ids limit:1 %}".repeat(9) + "x" + "{% endfor %}".repeat(9);
        Findings findings = new Findings();
        SourcePost post = Posts.withBody("{% assign ids = 'a|b' | split: '|' %}\n" + nine + "\n");
        String converted = LiquidBody.convert(post, post.body(), "", LINKS, VALUES, findings).apply();
        assertEquals("\n{% for a in ids limit:1 %}x{% endfor %}\n", converted);
        assertFindings("11: '{% for a in ids limit:1 %}' wrote its text once for each of its 1 items, as Jekyll did\\n"
                + "11: Liquid '{% for a in ids limit:1 %}' kept as text: loops are nested in it more than 8 deep", findings);
    }

    @Test
    void twentyThousandLoopsInsideEachOtherAreReadOnceEachAndKeptAsText() {
        String deep = "{% for a in ids %}".repeat(20_000) + "x" + "{% endfor %}".repeat(20_000);
        Findings findings = new Findings();
        SourcePost post = Posts.withBody("{% assign ids = 'a' | split: '|' %}\n" + deep + "\n");
        String converted = assertTimeoutPreemptively(java.time.Duration.ofMinutes(1),
                () -> LiquidBody.convert(post, post.body(), "", LINKS, VALUES, findings).apply());
        // the innermost eight are written out; those around them stay
        assertEquals("\n" + "{% for a in ids %}".repeat(20_000 - 8) + "x" + "{% endfor %}".repeat(20_000 - 8) + "\n",
                converted);
        assertEquals(List.of("_posts/2019-12-25-bells.md:11: '{% for a in ids %}' wrote its text once for each of its 1 "
                + "items, as Jekyll did", "_posts/2019-12-25-bells.md:11: Liquid '{% for a in ids %}' kept as text: loops "
                + "are nested in it more than 8 deep"), findings.sorted().stream().map(Finding::toString).toList());
    }

    @Test
    void loopsInsideLoopsOverLongListsStayAsTextPastWhatAPostsLoopsMayGoThrough() {
        // 125 billion turns of the innermost loop, though it writes nothing
        String loops = "{% for a in page.ids %}{% for b in page.ids %}{% for c in page.ids %}{% endfor %}{% endfor %}"
                + "{% endfor %}";
        Findings findings = new Findings();
        SourcePost post = Posts.withBody("\n" + loops + "\n", "ids", java.util.Collections.nCopies(5_000, "x"));
        String converted = assertTimeoutPreemptively(java.time.Duration.ofMinutes(1),
                () -> LiquidBody.convert(post, post.body(), "", LINKS, VALUES, findings).apply());
        assertEquals("\n" + loops + "\n", converted);
        String kept = "kept as text: the loops of the post would go through more than 20,000,000 chars of their text";
        assertFindings("11: Liquid '{% for a in page.ids %}' " + kept + "\\n11: Liquid '{% for b in page.ids %}' " + kept
                + "\\n11: Liquid '{% for c in page.ids %}' " + kept, findings);
    }

    @Test
    void loopsThatWouldWriteMoreThanAPostMayHoldStayAsText() {
        String items = String.join("|", java.util.Collections.nCopies(100, "x"));
        String loop = "{% for id in ids %}{{ id }}" + "y".repeat(12_000) + "{% endfor %}";
        // the loop alone would write 1.2 million chars, past what a post's loops may write in all
        String body = "{% assign ids = '" + items + "' | split: '|' %}\n" + loop + "\n{% assign few = 'a|b' | split: '|' %}"
                + "{% for f in few %}{{ f }}{% endfor %}\n";
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(body, "author", "Kim");
        String converted = LiquidBody.convert(post, post.body(), "", LINKS, VALUES, findings).apply();
        assertEquals("\n" + loop + "\nab\n", converted);
    }

    @Test
    void aPostWithoutLiquidKeepsItsBodyAsItIs() {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody("Write {{ page.title }} and {% include x %}.", "render_with_liquid", false);
        assertEquals(post.body(), LiquidBody.convert(post, post.body(), "", LINKS, VALUES, findings).apply());
        assertEquals(List.of(), findings.sorted());
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
            {{< mermaid >}}\\ngraph LR\\n  A-->B\\n{{< /mermaid >}}      | ```mermaid\\ngraph LR\\n  A-->B\\n```   | 10: '{{< mermaid >}}' made a ```mermaid code block: readers see the diagram's source
            <div>\\n{{< mermaid >}}\\nA-->B\\n{{< /mermaid >}}\\n</div> | <div>\\n\\n```mermaid\\nA-->B\\n```\\n\\n</div> | 11: '{{< mermaid >}}' made a ```mermaid code block: readers see the diagram's source
            {{< figure src="a.png" alt="A pier" caption="At dawn" >}} | ![A pier](a.png)\\n*At dawn*            | -
            {{< imageFull src="/images/a.png" title="A pier" caption="At dawn" >}} | ![A pier](/images/a.png)\\n*At dawn* | 10: '{{< imageFull src="/images/a.png" title="A pier" caption="At dawn" >}}' made the image it showed
            {{< imageFull title="A pier" >}}                         | {{< imageFull title="A pier" >}}       | 10: shortcode '{{< imageFull title="A pier" >}}' has no Markdown equivalent; kept as text: write out what layouts/shortcodes/imageFull.html showed, or remove it
            {{< details "Sources" >}}\\n**Pier** logs\\n{{< /details >}} | <details>\\n<summary>Sources</summary>\\n\\n**Pier** logs\\n\\n</details> | -
            {{< details summary="A & B" >}}\\n\\nText\\n\\n{{< /details >}} | <details>\\n<summary>A &amp; B</summary>\\n\\nText\\n\\n</details> | -
            {{< accordion >}}\\n{{< accordionItem title="Fares" >}}\\nTwo dollars.\\n{{< /accordionItem >}}\\n{{< /accordion >}} | \\n<details>\\n<summary>Fares</summary>\\n\\nTwo dollars.\\n\\n</details>\\n | 10: '{{< accordion >}}' removed around its text
            a {{< details "X" >}} b                                  | a {{< details "X" >}} b                | 10: shortcode '{{< details "X" >}}' has no Markdown equivalent; kept as text: write out what Hugo's details showed, or remove it
            {{< expand "config.toml" >}}\\nText\\n{{</ expand >}}     | <details>\\n<summary>config.toml</summary>\\n\\nText\\n\\n</details> | -
            {{< collapse summary="**Method 1 - git**" >}}\\nText\\n{{< /collapse >}} | <details>\\n<summary><strong>Method 1 - git</strong></summary>\\n\\nText\\n\\n</details> | -
            {{< details "**A** or **B**" >}}\\nText\\n{{< /details >}} | <details>\\n<summary>**A** or **B**</summary>\\n\\nText\\n\\n</details> | -
            {{< quote author="Kim" source="Tide book" url="https://example.org/t" >}}\\nHigh water.\\n{{< /quote >}} | <blockquote>\\n\\nHigh water.\\n\\n— Kim, [*Tide book*](https://example.org/t)\\n\\n</blockquote> | -
            {{< quote >}}\\nHigh water.\\n{{< /quote >}}          | <blockquote>\\n\\nHigh water.\\n\\n</blockquote> | -
            {{< blockquote "Kim" "Tide book" >}}\\nHigh water.\\n{{< /blockquote >}} | <blockquote>\\n\\nHigh water.\\n\\n— Kim, *Tide book*\\n\\n</blockquote> | -
            {{< blockquote "Kim" "//example.org/t" "Tide book" >}}\\nHigh water.\\n{{< /blockquote >}} | <blockquote>\\n\\nHigh water.\\n\\n— Kim, [*Tide book*](//example.org/t)\\n\\n</blockquote> | -
            {{< blockquote "@harbor" "https://x.com/harbor/status/1" >}}\\nOpen.\\n{{< /blockquote >}} | <blockquote>\\n\\nOpen.\\n\\n— @harbor, [*https://x.com/harbor/status/1*](https://x.com/harbor/status/1)\\n\\n</blockquote> | -
            a {{< quote author="Kim" >}} b                           | a {{< quote author="Kim" >}} b         | 10: shortcode '{{< quote author="Kim" >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            {{< expand "X" >}}\\nText                                | {{< expand "X" >}}\\nText              | 10: shortcode '{{< expand "X" >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            {{< image src="b.png" alt="Gulls" caption="Over the pier" width="50%" >}} | ![Gulls](b.png)\\n*Over the pier* | 10: '{{< image src="b.png" alt="Gulls" caption="Over the pier" width="50%" >}}' made the image it showed (read as themes' image shortcode, its template not being in the old site); left out: width
            a\\n{{< tweet user="harbor" id="1453" >}}                  | a\\n[A post by @harbor on X](https://x.com/harbor/status/1453) | -
            {{< tweet 877500564405444608 >}}                        | [A post on X](https://x.com/i/status/877500564405444608) | -
            {{<gist spf13 7896402 >}}                                 | [Gist spf13/7896402](https://gist.github.com/spf13/7896402) | -
            {{< gist spf13 7896402 "img.html" >}}                   | [Gist img.html](https://gist.github.com/spf13/7896402#file-img-html) | -
            {{< vimeo id="146022717" title="A ferry" >}}            | [A ferry](https://vimeo.com/146022717) | -
            {{< vimeo_simple 146022717 >}}                          | [Vimeo video 146022717](https://vimeo.com/146022717) | -
            {{< twitter_simple user="harbor" id="1453" >}}          | [A post by @harbor on X](https://x.com/harbor/status/1453) | -
            {{< x_simple user="harbor" id="1453" >}}                | [A post by @harbor on X](https://x.com/harbor/status/1453) | -
            {{< admonition tip "Check the tide" >}}\\nLow water at six.\\n{{< /admonition >}} | **Check the tide**\\nLow water at six.\\n | 10: '{{< admonition tip "Check the tide" >}}' made the label **Check the tide**
            {{% alert title="Warning" color="warning" %}}\\nNo swimming.\\n{{% /alert %}} | **Warning**\\nNo swimming.\\n | 10: '{{% alert title="Warning" color="warning" %}}' made the label **Warning**
            {{< hint info >}}\\nThe ferry runs daily.\\n{{< /hint >}}  | **Info**\\nThe ferry runs daily.\\n | 10: '{{< hint info >}}' made the label **Info**
            {{< admonition note "" >}}\\nCalm.\\n{{< /admonition >}}  | **Note**\\nCalm.\\n                  | 10: '{{< admonition note "" >}}' made the label **Note**
            {{< alert "circle-info" >}}\\nCalm.\\n{{< /alert >}}      | **Alert**\\nCalm.\\n                 | 10: '{{< alert "circle-info" >}}' made the label **Alert**
            {{< tip text="Bring a coat" >}}                          | {{< tip text="Bring a coat" >}}        | 10: shortcode '{{< tip text="Bring a coat" >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            {{< gist harbor 42 "README.md" >}}                       | [Gist README.md](https://gist.github.com/harbor/42#file-readme-md) | -
            {{< github repo="harbor/tide-tables" showThumbnail=false >}} | [harbor/tide-tables](https://github.com/harbor/tide-tables) | -
            {{< github repo="harbor/tide" file="/a.go" >}}           | {{< github repo="harbor/tide" file="/a.go" >}} | 10: shortcode '{{< github repo="harbor/tide" file="/a.go" >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            {{< codeberg repo="harbor/tide-tables" >}}               | [harbor/tide-tables](https://codeberg.org/harbor/tide-tables) | -
            {{< forgejo server="https://git.example.org/" repo="harbor/nets" >}} | [harbor/nets](https://git.example.org/harbor/nets) | -
            {{< gitlab projectID="278964" >}}                        | [GitLab project 278964](https://gitlab.com/projects/278964) | -
            {{< huggingface dataset="harbor/tides" >}}               | [harbor/tides](https://huggingface.co/datasets/harbor/tides) | -
            {{< gitea repo="harbor/nets" >}}                         | {{< gitea repo="harbor/nets" >}}       | 10: shortcode '{{< gitea repo="harbor/nets" >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            {{< instagram CxOWiQNP2MO >}}                           | [An Instagram post](https://www.instagram.com/p/CxOWiQNP2MO/) | -
            {{< bilibili "BV1xx411c7mD" >}}                        | [Bilibili video BV1xx411c7mD](https://www.bilibili.com/video/BV1xx411c7mD/) | -
            {{< tencent "a0000bcdefg" >}}                          | [Tencent video a0000bcdefg](https://v.qq.com/x/page/a0000bcdefg.html) | -
            {{< video src="https://media.example.org/tide.mp4" >}}   | [A video](https://media.example.org/tide.mp4) | -
            {{< video src="tide.mp4" >}}                            | {{< video src="tide.mp4" >}}           | 10: shortcode '{{< video src="tide.mp4" >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            {{< inTextImg url="/img/wave.png" height="12" alt="wave" >}} | ![wave](/img/wave.png)         | 10: '{{< inTextImg url="/img/wave.png" height="12" alt="wave" >}}' made ![wave](/img/wave.png)
            {{< link "https://example.org/tides" "Tide tables" "Tides of 2024" >}} | [Tide tables](https://example.org/tides "Tides of 2024") | 10: '{{< link "https://example.org/tides" "Tide tables" "Tides of 2024" >}}' made [Tide tables](https://example.org/tides "Tides of 2024")
            {{< link href="https://example.org/tides" >}}            | [https://example.org/tides](https://example.org/tides) | 10: '{{< link href="https://example.org/tides" >}}' made [https://example.org/tides](https://example.org/tides)
            {{< person url="https://example.org/kim" name="Kim Min" text="Harbor master" >}} | [Kim Min](https://example.org/kim) | 10: '{{< person url="https://example.org/kim" name="Kim Min" text="Harbor master" >}}' made [Kim Min](https://example.org/kim)
            {{< carousel images="{https://cdn.example.org/a.jpg, https://cdn.example.org/b.jpg}" interval="2500" >}} | ![](https://cdn.example.org/a.jpg) ![](https://cdn.example.org/b.jpg) | 10: '{{< carousel images="{https://cdn.example.org/a.jpg, https://cdn.example.org/b.jpg}" interval="2500" >}}' made ![](https://cdn.example.org/a.jpg) ![](https://cdn.example.org/b.jpg)
            {{< cards >}}\\n  {{< card link="../tides" title="Tides" icon="moon" >}}\\n  {{< card link="https://example.org/maps" title="Maps" subtitle="Charts of the bay" image="map.png" >}}\\n{{< /cards >}} | \\n  - [Tides](../tides)\\n  - [Maps](https://example.org/maps): Charts of the bay\\n | 10: '{{< cards >}}' removed around its text\\n11: '{{< card link="../tides" title="Tides" icon="moon" >}}' made - [Tides](../tides)\\n12: '{{< card link="https://example.org/maps" title="Maps" subtitle="Charts of the bay" image="map.png" >}}' made - [Maps](https://example.org/maps): Charts of the bay
            {{< mapbox 121.485 31.233 12 >}}                         | [A map of 31.233, 121.485](https://www.openstreetmap.org/?mlat=31.233&mlon=121.485#map=12/31.233/121.485) | 10: '{{< mapbox 121.485 31.233 12 >}}' made [A map of 31.233, 121.485](https://www.openstreetmap.org/?mlat=31.233&mlon=121.485#map=12/31.233/121.485)
            {{< mapbox lng="x" lat="1" >}}                           | {{< mapbox lng="x" lat="1" >}}         | 10: shortcode '{{< mapbox lng="x" lat="1" >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            Smile {{< fa-icon regular smile >}} here                  | Smile  here                            | 10: '{{< fa-icon regular smile >}}' removed
            {{< swatches "#64748b" "#3b82f6" "#06b6d4" >}}           | `#64748b` `#3b82f6` `#06b6d4`          | 10: '{{< swatches "#64748b" "#3b82f6" "#06b6d4" >}}' made `#64748b` `#3b82f6` `#06b6d4`
            {{< audio src="https://media.example.org/gulls.mp3" >}}  | [A recording](https://media.example.org/gulls.mp3) | 10: '{{< audio src="https://media.example.org/gulls.mp3" >}}' made [A recording](https://media.example.org/gulls.mp3)
            {{< gitlab 2589724 >}}                                   | [GitLab snippet 2589724](https://gitlab.com/-/snippets/2589724) | -
            {{< rawhtml >}}\\n<div class="map"></div>\\n{{< /rawhtml >}} | \\n<div class="map"></div>\\n  | 10: '{{< rawhtml >}}' removed around its text
            {{< style "color:red" >}}Red{{< /style >}}               | {{< style "color:red" >}}Red{{< /style >}} | 10: shortcode '{{< style "color:red" >}}' has no Markdown equivalent; kept as text: write out what layouts/_shortcodes/style.html showed, or remove it
            {{< chart >}}\\ntype: 'pie',\\n{{< /chart >}}             | ```chart\\ntype: 'pie',\\n```         | 10: '{{< chart >}}' made a ```chart code block: readers see the chart's data, not the chart
            {{< echarts >}}\\n{"series": []}\\n{{< /echarts >}}\\nText. | ```echarts\\n{"series": []}\\n```\\n\\nText. | 10: '{{< echarts >}}' made a ```echarts code block: readers see the chart's data, not the chart
            {{< screenshot src="dawn" >}}                            | {{< screenshot src="dawn" >}}          | 10: shortcode '{{< screenshot src="dawn" >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            The mean {{< katex >}}x_i{{< /katex >}} falls.           | The mean `\\( x_i \\)` falls.            | 10: math \\( x_i \\) kept as its LaTeX source, in code: Broadsheet does not typeset math
            A sum:\\n{{< katex display=true >}}\\n\\sum_i x_i\\n{{< /katex >}} | A sum:\\n\\n```math\\n\\[ \\sum_i x_i \\]\\n``` | 11: math \\[ \\sum_i x_i \\] kept as its LaTeX source, in code: Broadsheet does not typeset math
            {{< katex />}}\\nThe mean.                                | \\nThe mean.                            | 10: '{{< katex />}}' removed
            {{< button relref="bells#ring" >}}The bells{{< /button >}} | [The bells](../2019/bells.md#ring)     | -
            {{< button >}}Tides{{< /button >}} {{< /mapbox >}}        | {{< button >}}Tides{{< /button >}} {{< /mapbox >}} | 10: closing tag '{{< /mapbox >}}' of no shortcode kept as text: remove it\\n10: shortcode '{{< button >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            {{< button href="/tides" >}}Go {{< /button >}}           | [Go](/tides)                           | -
            A\\n{{< math.inline >}}\\n{{ if .Page.Params.math }}\\n<!-- KaTeX -->\\n<link rel="stylesheet" href="k.css">\\n<script defer src="k.js"></script>\\n{{ end }}\\n{{</ math.inline >}}\\nB | A\\n\\nB | 11: '{{< math.inline >}}' removed with its text
            {{< note.inline >}}<p>Shown</p>{{< /note.inline >}}      | {{< note.inline >}}<p>Shown</p>{{< /note.inline >}} | 10: shortcode '{{< note.inline >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (an inline shortcode: its template is the text between its tags, which Hugo ran)
            {{< year.inline >}}{{ now.Year }}{{< /year.inline >}}     | {{< year.inline >}}{{ now.Year }}{{< /year.inline >}} | 10: shortcode '{{< year.inline >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (an inline shortcode: its template is the text between its tags, which Hugo ran)
            a\\n{{< speakerdeck 4e8126e72d853c0060001f97 >}}            | a\\n{{< speakerdeck 4e8126e72d853c0060001f97 >}} | 11: shortcode '{{< speakerdeck 4e8126e72d853c0060001f97 >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            {{% notice %}}Hi{{% /notice %}}                           | **Notice** Hi                          | 10: '{{% notice %}}' made the label **Notice**
            {{< note >}}{{< /note >}}\\nText.                        | \\nText.                              | 10: '{{< note >}}{{< /note >}}' removed: it holds no text
            {{< hint info >}}\\n{{< /hint >}}\\nText.                 | \\nText.                              | 10: '{{< hint info >}}{{< /hint >}}' removed: it holds no text
            {{< lead >}}Tides, explained.{{< /lead >}}\\n\\nText.   | Tides, explained.\\n\\nText.         | 10: '{{< lead >}}' removed
            {{% lead %}}\\nTides.\\n{{% /lead %}}                 | \\nTides.\\n                         | 10: '{{% lead %}}' removed
            {{< lead >}} Tides.                                      | {{< lead >}} Tides.                    | 10: shortcode '{{< lead >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            An inline {{< math >}}$\\sqrt{x_i}${{< /math >}} root.    | An inline `$\\sqrt{x_i}$` root.       | 10: math $\\sqrt{x_i}$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            A sum:\\n{{< math align="left" >}}\\n$$\\sum_i x_i$$\\n{{< /math >}} | A sum:\\n\\n```math\\n$$\\sum_i x_i$$\\n``` | 11: math $$\\sum_i x_i$$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            {{< katex >}}\\nThe mean $$x_i$$.                          | \\nThe mean $$x_i$$.                   | 10: '{{< katex >}}' removed
            {{< youtubeLite id="SgXhGb-7QbU" label="Harbor tour" >}} | [Harbor tour](https://www.youtube.com/watch?v=SgXhGb-7QbU) | -
            {{< button href="https://example.org/tides" target="_self" >}}\\nTide tables\\n{{< /button >}} | [Tide tables](https://example.org/tides) | -
            {{< button >}}Tides{{< /button >}}                       | {{< button >}}Tides{{< /button >}}     | 10: shortcode '{{< button >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            Code {{< icon "github" >}} here                           | Code  here                             | 10: '{{< icon "github" >}}' removed
            Pier {{< badge >}}New{{< /badge >}}                       | Pier New                               | 10: '{{< badge >}}' removed around its text
            {{< typeit speed=50 >}}Tides turn.{{< /typeit >}}         | Tides turn.                            | 10: '{{< typeit speed=50 >}}' removed around its text
            {{< badge >}} New                                         | {{< badge >}} New                      | 10: shortcode '{{< badge >}}' has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a Hugo module)
            {{% pageinfo color="warning" %}}\\nA draft of the timetable.\\n{{% /pageinfo %}} | \\nA draft of the timetable.\\n | 10: '{{% pageinfo color="warning" %}}' removed around its text
            {{< columns >}}\\n## Ebb\\nOut.\\n\\n<--->\\n\\n## Flood\\nIn.\\n{{< /columns >}} | \\n## Ebb\\nOut.\\n\\n\\n\\n## Flood\\nIn.\\n | 10: '{{< columns >}}' removed around its text
            {{% columns ratio="1:2" %}}\\n- Ebb\\n- Flood\\n{{% /columns %}} | \\n- Ebb\\n- Flood\\n        | 10: '{{% columns ratio="1:2" %}}' removed around its text
            {{< tabs >}}\\n{{< tab label="Go" >}}\\nx := 1\\n{{< /tab >}}\\n{{< tab label="Java" >}}\\nint x = 1;\\n{{< /tab >}}\\n{{< /tabs >}} | \\n**Go**\\nx := 1\\n\\n**Java**\\nint x = 1;\\n\\n | 11: '{{< tab label="Go" >}}' made the label **Go**\\n14: '{{< tab label="Java" >}}' made the label **Java**
            {{< tabs items="JSON,YAML" >}}\\n{{< tab >}}a{{< /tab >}}\\n{{< tab >}}b{{< /tab >}}\\n{{< /tabs >}} | \\n**JSON**a\\n**YAML**b\\n | 11: '{{< tab >}}' made the label **JSON**\\n12: '{{< tab >}}' made the label **YAML**
            {{< tabs "os" >}}\\n{{< tab "MacOS" >}}\\nbrew\\n{{< /tab >}}\\n{{< /tabs >}} | \\n**MacOS**\\nbrew\\n\\n | 11: '{{< tab "MacOS" >}}' made the label **MacOS**
            {{% details "More" %}}Hi{{% /details %}}                  | {{% details "More" %}}Hi{{% /details %}} | 10: shortcode '{{% details "More" %}}' has no Markdown equivalent; kept as text: write out what Hugo's details showed, or remove it
            ```go-html-template\\n{{< tweet id="1" >}}\\n```          | ```go-html-template\\n{{< tweet id="1" >}}\\n``` | -
            Write `{{< ref "bells" >}}` like this.                    | Write `{{< ref "bells" >}}` like this. | -
            {{</* youtube abc */>}} shows a video                     | {{< youtube abc >}} shows a video      | -
            ```\\n{{</* figure src="a.png" */>}}\\n```                  | ```\\n{{< figure src="a.png" >}}\\n``` | -
            The mean {{< katex >}}a_1 + a_2 + a_3 + a_4 + a_5 + a_6 + a_7 + a_8 + a_{10}{{< /katex >}}. | The mean `\\( a_1 + a_2 + a_3 + a_4 + a_5 + a_6 + a_7 + a_8 + a_{10} \\)`. | 10: math \\( a_1 + a_2 + a_3 + a_4 + a_5 + a_6 + a_7 + a_8 + a_{10} \\) kept as its LaTeX source, in code: Broadsheet does not typeset math
            {{< katex >}}`x`{{< /katex >}}                          | `x`{{< /katex >}}                      | 10: '{{< katex >}}' removed\\n10: closing tag '{{< /katex >}}' of no shortcode kept as text: remove it
            {{< tabs items="JSON" >}}\\n{{< tab >}}a{{< /tab >}}\\n{{< tab >}}b{{< /tab >}}\\n{{< /tabs >}} | \\n**JSON**a\\nb\\n | 11: '{{< tab >}}' made the label **JSON**\\n12: '{{< tab >}}' made nothing: it names no label
            {{< lead >}}A{{< /lead >}} {{< /lead >}}                 | A {{< /lead >}}                        | 10: '{{< lead >}}' removed\\n10: closing tag '{{< /lead >}}' of no shortcode kept as text: remove it
            {{< highlight go >}}\\n{{< ref "bells" >}}\\n{{< /highlight >}} | ```go\\n{{< ref "bells" >}}\\n```   | -
            {{< mermaid >}}\\nA-->B\\n{{< /mermaid >}}\\n               | ```mermaid\\nA-->B\\n```\\n           | 10: '{{< mermaid >}}' made a ```mermaid code block: readers see the diagram's source
            a\\n{{< mermaid >}}\\nA-->B\\n{{< /mermaid >}}             | a\\n\\n```mermaid\\nA-->B\\n```        | 11: '{{< mermaid >}}' made a ```mermaid code block: readers see the diagram's source
            {{< quote author="Kim" >}}\\nHigh water.\\n{{< /quote >}} | <blockquote>\\n\\nHigh water.\\n\\n— Kim\\n\\n</blockquote> | -
            {{< quote source="Tide book" >}}\\nHigh water.\\n{{< /quote >}} | <blockquote>\\n\\nHigh water.\\n\\n— *Tide book*\\n\\n</blockquote> | -
            """)
    void shortcodes(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        assertEquals(unescape(expected), ShortcodeBody.convert(post, post.body(), LINKS, new HugoParams(Map.of()), TEMPLATES, PICTURES, new BundleResources(folder -> List.of(), false), findings).apply());
        assertFindings(finding, findings);
    }

    @Test
    void aSitesOwnTemplateOfAThemesShortcodeNameIsWhatTheSiteShowed() {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody("{{< link \"https://example.org/tides\" \"Tides\" >}}");
        ShortcodeTemplates own = new ShortcodeTemplates(path -> Optional.ofNullable(Map.of("layouts/shortcodes/link.html",
                "<div class=\"card\">{{ .Get 0 }}</div>\n").get(path)), List.of("LoveIt"));
        assertEquals(post.body(), ShortcodeBody.convert(post, post.body(), LINKS, new HugoParams(Map.of()), own,
                new PictureShortcodes(own::text), new BundleResources(folder -> List.of(), false), findings).apply());
        assertFindings("10: shortcode '{{< link \"https://example.org/tides\" \"Tides\" >}}' has no Markdown equivalent; "
                + "kept as text: write out what layouts/shortcodes/link.html showed, or remove it", findings);
    }

    @ParameterizedTest(name = "kramdown: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            Lead.\\n{: .lead}\\nNext.                   | Lead.\\n\\nNext.                  | 11: kramdown attribute '{: .lead}' removed
            ```\\n{}\\n```\\n{: file = "a.json"}\\nNext.   | ```\\n{}\\n```\\n\\nNext.          | 13: kramdown attribute '{: file = "a.json"}' removed
            [site](https://x.org){:target="_blank"}    | [site](https://x.org)            | 10: kramdown attribute '{:target="_blank"}' removed
            No attributes {here}.                      | No attributes {here}.            | -
            ```ruby\\nh = {:a => 1, :b=>2}\\n```         | ```ruby\\nh = {:a => 1, :b=>2}\\n``` | -
            A hash {:a=>1} in prose.                   | A hash {:a=>1} in prose.         | -
            Intro.\\n\\n* 차례\\n{:toc}\\n\\n## One         | Intro.\\n\\n\\n\\n\\n## One            | 12: kramdown table of contents '* 차례 {:toc}' removed with the list it replaced
            1. Contents\\n\\n{:toc}                     | 1. Contents\\n\\n                   | 12: kramdown attribute '{:toc}' removed
            """)
    void kramdownAttributes(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        KramdownAttributes.remove(post, post.body(), MarkdownSpans.of(post.body()), edits, findings);
        assertEquals(unescape(expected), edits.apply());
        assertFindings(finding, findings);
    }

    @Test
    void aLongListThatNoTableOfContentsFollowsIsReadInLinearTime() {
        LinearTime.assertLinear("list lines without {:toc}", 5_000, lines -> {
            Findings findings = new Findings();
            SourcePost post = Posts.withBody("Lead.\n{: .lead}\n\n" + "- item\n".repeat(lines));
            BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
            KramdownAttributes.remove(post, post.body(), MarkdownSpans.of(post.body()), edits, findings);
            assertEquals("Lead.\n\n\n" + "- item\n".repeat(lines), edits.apply());
        });
    }

    @ParameterizedTest(name = "math between $$: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            The mean $$ E_x f_i $$ falls.               | The mean `$$ E_x f_i $$` falls.          | 10: math $$ E_x f_i $$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            Before.\\n\\n$$\\na_i + b_j\\n$$\\n\\nAfter.      | Before.\\n\\n```math\\n$$\\na_i + b_j\\n$$\\n```\\n\\nAfter. | 12: math $$ a_i + b_j $$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            ```\\n$$ x_1 $$\\n```                          | ```\\n$$ x_1 $$\\n```                      | -
            It costs $$5, or $$6.                       | It costs `$$5, or $$`6.                  | 10: math $$5, or $$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            A $$ `x` $$ tick.                           | A $$ `x` $$ tick.                        | 10: math $$ `x` $$ left as written (it holds a backtick): readers see its LaTeX, with what Markdown makes of it
            Wrap it in $$ so.\\n\\n- $$n^2$$ : square    | Wrap it in $$ so.\\n\\n- `$$n^2$$` : square | 12: math $$n^2$$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            $$\\na_i\\n\\nb_j\\n$$                          | ```math\\n$$\\na_i\\n\\nb_j\\n$$\\n```           | 10: math $$ a_i  b_j $$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            Kramdown's $$ x\\_i $$ as written.        | Kramdown's `$$ x\\_i $$` as written.    | 10: math $$ x\\_i $$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            Use `$$` for it.\\n\\n$$\\na_i\\n$$\\n\\nThen:\\n\\n$$\\nb_j\\n$$ | Use `$$` for it.\\n\\n```math\\n$$\\na_i\\n$$\\n```\\n\\nThen:\\n\\n```math\\n$$\\nb_j\\n$$\\n``` | 12: math $$ a_i $$ kept as its LaTeX source, in code: Broadsheet does not typeset math\\n18: math $$ b_j $$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            """)
    void mathBetweenDollars(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        TexMath.jekyll(false, false, List.of()).keep(post, post.body(), MarkdownSpans.of(post.body()), edits, findings);
        assertEquals(unescape(expected), edits.apply());
        assertFindings(finding, findings);
    }

    @ParameterizedTest(name = "math between a Hugo site's passthrough delimiters: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            The mean \\( E_x f_i \\) falls.          | The mean `\\( E_x f_i \\)` falls.        | 10: math \\( E_x f_i \\) kept as its LaTeX source, in code: Broadsheet does not typeset math
            \\[\\na_i + b_j\\n\\]                    | ```math\\n\\[\\na_i + b_j\\n\\]\\n```     | 10: math \\[ a_i + b_j \\] kept as its LaTeX source, in code: Broadsheet does not typeset math
            So $x_i$ holds, and $$ stays.              | So `$x_i$` holds, and $$ stays.          | 10: math $x_i$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            It costs \\$5, or \\$6.                    | It costs \\$5, or \\$6.                  | -
            A lone $ sign.\\n\\nAnother $ sign.          | A lone $ sign.\\n\\nAnother $ sign.        | -
            `$x_i$` in code                            | `$x_i$` in code                        | -
            Passed $x\\_i$ as written.                  | Passed `$x\\_i$` as written.            | 10: math $x\\_i$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            """)
    void mathBetweenPassthroughDelimiters(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        TexMath.hugo(Map.of("markup", Map.of("goldmark", Map.of("extensions", Map.of("passthrough", Map.of(
                "enable", true, "delimiters", Map.of("block", List.of(List.of("\\[", "\\]"), List.of("$$", "$$")),
                        "inline", List.of(List.of("\\(", "\\)"), List.of("$", "$")))))))))
                .keep(post, post.body(), MarkdownSpans.of(post.body()), edits, findings);
        assertEquals(unescape(expected), edits.apply());
        assertFindings(finding, findings);
    }

    @ParameterizedTest(name = "math between single dollars on a page that loaded KaTeX: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            The mean $x_i$ falls.                     | The mean `$x_i$` falls.                  | 10: math $x_i$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            It costs $5 and $10 today.                | It costs $5 and $10 today.               | -
            From $5 to $x^2$.                         | From $5 to `$x^2$`.                      | 10: math $x^2$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            Tickets $5/$10, or US$6-$7.               | Tickets $5/$10, or US$6-$7.              | -
            A $ sign and $ x $ too.                   | A $ sign and $ x $ too.                  | -
            Sum $$a_i$$ and $b_j$.                    | Sum `$$a_i$$` and `$b_j$`.               | 10: math $$a_i$$ kept as its LaTeX source, in code: Broadsheet does not typeset math\\n10: math $b_j$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            So `$ a=b $` fails (it shows $ a=b $), but `$a=b$` works. | So `$ a=b $` fails (it shows $ a=b $), but `$a=b$` works. | -
            It renders as $ \\varphi = \\dfrac{1+\\sqrt5}{2} $ here. | It renders as `$ \\varphi = \\dfrac{1+\\sqrt5}{2} $` here. | 10: math $ \\varphi = \\dfrac{1+\\sqrt5}{2} $ kept as its LaTeX source, in code: Broadsheet does not typeset math
            From $5 to $ 10 \\times 2 $ off.          | From $5 to `$ 10 \\times 2 $` off.       | 10: math $ 10 \\times 2 $ kept as its LaTeX source, in code: Broadsheet does not typeset math
            Escaped \\$x$ stays.                       | Escaped \\$x$ stays.                      | -
            The set $\\mathcal{D}\\_S \\ll D$ is small. | The set `$\\mathcal{D}_S \\ll D$` is small. | 10: math $\\mathcal{D}_S \\ll D$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            A sum $$a\\_i^\\*\\,b$$ here.              | A sum `$$a_i^*,b$$` here.                | 10: math $$a_i^*,b$$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            """)
    void mathBetweenSingleDollarsOnAPageThatLoadedKatex(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        TexMath.hugo(Map.of("params", Map.of("article", Map.of("math", true)))).forPage(post)
                .keep(post, post.body(), MarkdownSpans.of(post.body()), edits, findings);
        assertEquals(unescape(expected), edits.apply());
        assertFindings(finding, findings);
    }

    @ParameterizedTest(name = "single dollars as kramdown left them to a Jekyll site's MathJax: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            The set $\\mathcal{D}\\_S \\ll D$ is small. | The set `$\\mathcal{D}_S \\ll D$` is small. | 10: math $\\mathcal{D}_S \\ll D$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            So $a\\,b\\*c \\\\ \\{d\\}$ reads.         | So `$a\\,b*c \\\\ {d}$` reads.         | 10: math $a\\,b*c \\\\ {d}$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            Kramdown's $$ x\\_i $$ as written.        | Kramdown's `$$ x\\_i $$` as written.    | 10: math $$ x\\_i $$ kept as its LaTeX source, in code: Broadsheet does not typeset math
            """)
    void singleDollarMathIsKeptAsKramdownLeftItToTheTypesetter(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        TexMath.jekyll(true, true, List.of()).forPage(post).keep(post, post.body(), MarkdownSpans.of(post.body()), edits,
                findings);
        assertEquals(unescape(expected), edits.apply());
        assertFindings(finding, findings);
    }

    @ParameterizedTest(name = "single dollars of a page whose {0} is {1} are math: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            math    | true    | true
            math    | false   | false
            katex   | true    | true
            math    | katex   | true
            math    | MathJax | true
            math    | none    | false
            """)
    void singleDollarsAreMathWhereThePageLoadedATypesetter(String key, String value, boolean math) {
        SourcePost post = Posts.withBody("The mean $x_i$.", key, value);
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        TexMath.hugo(Map.of()).forPage(post).keep(post, post.body(), MarkdownSpans.of(post.body()), edits, new Findings());
        assertEquals(math ? "The mean `$x_i$`." : "The mean $x_i$.", edits.apply());
    }

    @Test
    void aPagesMathKeyGivenAsAMapOfSettingsLoadsTheTypesetterUnlessItsEnableIsFalse() {
        for (var value : List.of(Map.of("scale", 90), Map.of("enable", false))) {
            SourcePost post = Posts.withBody("The mean $x_i$.", "mathjax", value);
            BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
            TexMath.jekyll(true, false, List.of("mathjax")).forPage(post).keep(post, post.body(),
                    MarkdownSpans.of(post.body()), edits, new Findings());
            assertEquals(value.containsKey("scale") ? "The mean `$x_i$`." : "The mean $x_i$.", edits.apply(), value.toString());
        }
    }

    /**
     * Goldmark gave the typesetter a row's {@code \\} as one backslash, running an {@code align}'s rows together; the
     * source is kept with the line break its writer meant, its other escapes undone.
     */
    @Test
    void aHugoPagesDollarBlockKeepsTheDoubleBackslashThatEndsARow() {
        SourcePost post = Posts.withBody("$$\n\\begin{aligned} a\\_1 &= b \\\\ c &= d \\end{aligned}\n$$");
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        TexMath.hugo(Map.of()).forPage(post).keep(post, post.body(), MarkdownSpans.of(post.body()), edits, new Findings());
        assertEquals("```math\n$$\n\\begin{aligned} a_1 &= b \\\\ c &= d \\end{aligned}\n$$\n```", edits.apply());
    }

    @Test
    void singleDollarsAreTextWhereNothingLoadedATypesetter() {
        SourcePost post = Posts.withBody("The mean $x_i$.");
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        TexMath.hugo(Map.of()).forPage(post).keep(post, post.body(), MarkdownSpans.of(post.body()), edits, new Findings());
        assertEquals("The mean $x_i$.", edits.apply());
    }

    @ParameterizedTest(name = "HTML image: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            The pier <img src="/img/a.png" alt="A pier"> today.  | The pier ![A pier](/images/img/a.png) today.   | -
            Look: <img src='gone.png'/> here.                   | Look: *[image not found: gone.png]* here.      | 10: image 'gone.png' not found in the old site: add the file and link it by hand
            Look: <img src="\\img\\a.png" alt="A"> here.          | Look: ![A](/images/img/a.png) here.            | -
            Look: <img width=500 src=/img/a.png alt=A> here.   | Look: ![A](/images/img/a.png) here.            | -
            <p>\\n<img width=400px src="/img/a.png>\\n<img src="https://cdn.example.org/b.png">\\n</p> | <p>\\n\\n\\n![](/images/img/a.png)\\n\\n\\n<img src="https://cdn.example.org/b.png">\\n</p> | 11: the image '/img/a.png' of a block of HTML set on lines of its own, as a Markdown image
            ```\\n<img src="/img/a.png">\\n```                   | ```\\n<img src="/img/a.png">\\n```                | -
            <figure>\\n<img src="/img/a.png" alt="A">\\n</figure> | <figure>\\n\\n\\n![A](/images/img/a.png)\\n\\n\\n</figure> | 11: the image '/img/a.png' of a block of HTML set on lines of its own, as a Markdown image
            <p><a href="https://x.org/">x</a></p>               | <p><a href="https://x.org/">x</a></p>          | -
            <p align="center"><img src="https://cdn.example.org/a.png"></p> | <p align="center"><img src="https://cdn.example.org/a.png"></p> | -
            <PRE>\\n<img src="/img/a.png" alt="A">\\n\\n</PRE>              | <PRE>\\n<img src="/img/a.png" alt="A">\\n\\n</PRE> | 11: the image '/img/a.png' is inside <pre>, where Markdown is not read: kept as HTML, its file not copied; move it out of the <pre> block and import again
            """)
    void htmlImages(String body, String expected, String finding, @TempDir Path old) throws IOException {
        Files.createDirectories(old.resolve("img"));
        Files.write(old.resolve("img/a.png"), new byte[]{1});
        assertHtmlConverted(body, expected, finding, old);
    }

    /** Asserts what the body becomes once its HTML links to files and its HTML images are Markdown, as the importer does. */
    private static void assertHtmlConverted(String body, String expected, String finding, Path old) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        SourceSite site = new SourceSite(SourceKind.JEKYLL, null, "T", null, null, List.of(), List.of("en", "ko"), "en",
                Map.of(), Map.of(), Map.of(), false, SourceSite.LanguageFolders.NONE, List.of(""), List.of(), Map.of(), Map.of(),
                List.of(post));
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        ImageFiles images = new ImageFiles(old, site, Map.of(), p -> null, findings);
        List<MarkdownSpans.Span> spans = MarkdownSpans.of(post.body());
        HtmlImages.relink(post, post.body(), spans, edits, images, HtmlFileLinks.relink(post, post.body(), spans, edits,
                images, findings), findings);
        assertEquals(unescape(expected), edits.apply());
        assertFindings(finding, findings);
    }

    @ParameterizedTest(name = "HTML link to a file: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            The pier <a href="/img/a.png"><img src="/img/a.png" alt="A pier"></a> today. | The pier [![A pier](/images/img/a.png)](/images/img/a.png) today. | 10: the link to '/img/a.png' made a Markdown link
            Read <a href="/docs/report.pdf" target="_blank">the report</a>.            | Read [the report](/files/docs/report.pdf).   | 10: the link to '/docs/report.pdf' made a Markdown link
            <a href="/img/big.png">\\n  <img src="/img/a.png" alt="A">\\n</a>          | \\n\\n[![A](/images/img/a.png)](/images/img/big.png)\\n\\n | 10: the link to '/img/big.png' of a block of HTML set on lines of its own, as a Markdown link
            <p><a href='/docs/report.pdf'>The [draft]\\nreport</a></p>                 | <p>\\n\\n[The \\[draft\\] report](/files/docs/report.pdf)\\n\\n</p> | 10: the link to '/docs/report.pdf' of a block of HTML set on lines of its own, as a Markdown link
            <p><a href="/docs/report.pdf"><b>Report</b></a></p>                       | <p><a href="/docs/report.pdf"><b>Report</b></a></p> | -
            See <a href="/about/">us</a> and <a href="/docs/gone.pdf">this</a>.        | See <a href="/about/">us</a> and <a href="/docs/gone.pdf">this</a>. | -
            See <a href="/docs/demo.html">the demo</a>.                               | See <a href="/docs/demo.html">the demo</a>. | -
            See <a href="/docs/report.pdf">a ] b</a>.                                 | See <a href="/docs/report.pdf">a ] b</a>. | -
            See <a href="/docs/report.pdf">the\\n\\nreport</a>.                         | See <a href="/docs/report.pdf">the\\n\\nreport</a>. | -
            Read <a name="report" class="doc" href="/docs/report.pdf">the report</a>. | Read <span id="report" class="doc">[the report](/files/docs/report.pdf)</span>. | 10: the link to '/docs/report.pdf' made a Markdown link
            <p><a id="r" name="report" title='The "full" report' href="/docs/report.pdf">Report</a></p> | <p>\\n\\n<a name="report"></a><span id="r">[Report](/files/docs/report.pdf "The \\"full\\" report")</span>\\n\\n</p> | 10: the link to '/docs/report.pdf' of a block of HTML set on lines of its own, as a Markdown link
            Read <a href="/docs/report.pdf" title="id=x" target=_blank>it</a>.       | Read [it](/files/docs/report.pdf "id=x").    | 10: the link to '/docs/report.pdf' made a Markdown link
            <pre>Get <a href="/docs/report.pdf">it</a>\\n\\nhere.</pre>                | <pre>Get <a href="/docs/report.pdf">it</a>\\n\\nhere.</pre> | 10: the link to '/docs/report.pdf' is inside <pre>, where Markdown is not read: kept as HTML, its file not copied; move it out of the <pre> block and import again
            <!--\\n<a href="/docs/report.pdf">Report</a>\\n-->                         | <!--\\n<a href="/docs/report.pdf">Report</a>\\n--> | -
            """)
    void htmlLinksToFiles(String body, String expected, String finding, @TempDir Path old) throws IOException {
        Files.createDirectories(old.resolve("img"));
        Files.createDirectories(old.resolve("docs"));
        Files.write(old.resolve("img/a.png"), new byte[]{1});
        Files.write(old.resolve("img/big.png"), new byte[]{2});
        Files.writeString(old.resolve("docs/report.pdf"), "%PDF-1.4\n");
        Files.writeString(old.resolve("docs/demo.html"), "<p>Demo</p>\n");
        assertHtmlConverted(body, expected, finding, old);
    }

    @ParameterizedTest(name = "HTML attributes: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            <p align="center">Text</p>                            | <p>Text</p>                                | 10: removed from <p>: align
            <table border="1" cellpadding=4>\\n<tr><td>x</td></tr>\\n</table> | <table>\\n<tr><td>x</td></tr>\\n</table> | 10: removed from <table>: border, cellpadding
            Some <span style="color: red" class="x">red</span> text. | Some <span class="x">red</span> text.  | 10: removed from <span>: style
            <img src="https://cdn.example.org/a.png" onerror='alert(1)' alt=a> | <img src="https://cdn.example.org/a.png" alt=a> | 10: removed from <img>: onerror
            <div\\n  style="x"\\n  id="d">y</div>                | <div\\n  id="d">y</div>                    | 10: removed from <div>: style
            ```\\n<td style="x">\\n```                             | ```\\n<td style="x">\\n```                   | -
            <script src="https://x.org/a.js"></script>             | <script src="https://x.org/a.js"></script>  | -
            <a href="javascript:alert(1)" style="x">x</a>         | <a href="javascript:alert(1)" style="x">x</a> | -
            <p class="lead" title="t">Fine</p>                    | <p class="lead" title="t">Fine</p>         | -
            <a name="part-2"></a>Part two                         | <a name="part-2"></a>Part two              | -
            <a name="part-3" href="#part-2">back</a>              | <a name="part-3" href="#part-2">back</a>   | -
            <img src="https://cdn.example.org/a.png" name="logo" alt=a> | <img src="https://cdn.example.org/a.png" alt=a> | 10: removed from <img>: name
            <a id="p" name="q" href="#p">x</a>                    | <a id="p" href="#p">x</a>                  | 10: removed from <a>: name
            A.\\n\\n<meta name="k" content="HTML">\\n\\nB.            | A.\\n\\n\\nB.                              | 12: removed <meta>
            A <link rel="x" href="https://x.org/"> B.             | A  B.                                      | 10: removed <link>
            Thanks to <notextile>Jason Zaugg</notextile>.         | Thanks to Jason Zaugg.                     | 10: removed <notextile>
            A <font color=#EB4925 size="2">red</font> word.       | A red word.                                | 10: removed <font>
            Write `<font color=red>` for red.                     | Write `<font color=red>` for red.          | -
            <center><img src="https://cdn.example.org/a.png"></center> | <img src="https://cdn.example.org/a.png"> | 10: removed <center>
            <div>\\n<center><b>Bold</b></center>\\n</div>            | <div>\\n<b>Bold</b>\\n</div>                | 11: removed <center>
            <center>**Bold**</center>                             | <center>**Bold**</center>                  | -
            <center>\\n<font color="red">Red</font>\\n</center>     | <center>\\n<font color="red">Red</font>\\n</center> | -
            Write `<notextile>x</notextile>` in Textile.          | Write `<notextile>x</notextile>` in Textile. | -
            <div>\\n<meta charset="utf-8">\\nText\\n</div>         | <div>\\n<meta charset="utf-8">\\nText\\n</div> | -
            A < b and <div style="x" never closed                 | A < b and <div style="x" never closed      | -
            """)
    void htmlAttributes(String body, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(unescape(body));
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        HtmlAttributes.clean(post, post.body(), MarkdownSpans.of(post.body()), edits, findings);
        assertEquals(unescape(expected), edits.apply());
        assertFindings(finding, findings);
    }

    @ParameterizedTest(name = "old address: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            [b](/2019/12/25/bells.html#end)                     | [b](../2019/bells.md#end)                | -
            [b](/2019/12/25/bells)                              | [b](../2019/bells.md)                    | -
            [b](https://old.example.org/2019/12/25/bells.html)  | [b](../2019/bells.md)                    | -
            [b](//old.example.org/posts/bells)                  | [b](../2019/bells.md)                    | -
            [b](/posts/bells/index.html)                        | [b](../2019/bells.md)                    | -
            [b](../../../2019/12/25/bells.html)                 | [b](../2019/bells.md)                    | -
            See https://old.example.org/posts/bells/ now.       | See [https://old.example.org/posts/bells/](../2019/bells.md) now. | -
            <https://old.example.org/posts/bells/>              | [https://old.example.org/posts/bells/](../2019/bells.md) | -
            [b][1]\\n\\n[1]: /posts/bells/                        | [b][1]\\n\\n[1]: ../2019/bells.md          | -
            <a href="/posts/bells/">b</a>                       | <a href="/en/2019/12/bells/">b</a>       | -
            [a](https://elsewhere.org/ko/x/)                    | [a](https://elsewhere.org/ko/x/)         | -
            [k](/ko/about/)                                     | [k](https://archive.example.org/ko/about/) | 10: '/ko/about/' now leads to https://archive.example.org/ko/about/, the old site's page
            [r](../other-post/)                                 | [r](https://archive.example.org/2021/06/other-post/) | 10: '../other-post/' now leads to https://archive.example.org/2021/06/other-post/, the old site's page
            [p](notes.pdf) and [s](#top) and [l]({% link x %})  | [p](https://archive.example.org/2021/06/01/notes.pdf) and [s](#top) and [l]({% link x %}) | 10: 'notes.pdf' now leads to https://archive.example.org/2021/06/01/notes.pdf, the old site's page
            ```\\n[k](/ko/about/)\\n```                          | ```\\n[k](/ko/about/)\\n```                | -
            """)
    void linksToOldAddresses(String body, String expected, String finding) {
        assertEquals(unescape(expected), rewritten(unescape(body), "https://archive.example.org", finding));
    }

    @ParameterizedTest(name = "old page without an old host: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            See [the forum](/en/community/).                    | See the forum.                           | 10: '/en/community/' unlinked, its text kept (no old host apart from the new site's address)
            The list https://old.example.org/en/raa.html은 moved. | The list `https://old.example.org/en/raa.html`은 moved. | 10: 'https://old.example.org/en/raa.html' unlinked, its text kept (no old host apart from the new site's address)
            [c][2]\\n\\n[2]: /media/x/                             | c\\n\\n                                   | 12: '/media/x/' unlinked, its text kept (no old host apart from the new site's address)
            <p><a href="/ko/about/" class="x">k</a></p>         | <p><a class="x">k</a></p>                | 10: '/ko/about/' unlinked, its text kept (no old host apart from the new site's address)
            [cvs](https://old.example.org/cgi-bin/cvsweb/)      | [cvs](https://old.example.org/cgi-bin/cvsweb/) | 10: 'https://old.example.org/cgi-bin/cvsweb/' kept, the address it had on the old site: it answers only while the host serves the old site's page there
            [d](/donate/) and <a href="/donate/">d</a>          | [d](/donate/) and <a href="/donate/">d</a> | 10: '/donate/' kept, the address it had on the old site: it answers only while the host serves the old site's page there
            [r](../../tag/ferry/)                               | [r](/2021/tag/ferry/)                    | 10: '../../tag/ferry/' kept as /2021/tag/ferry/, the address it had on the old site: it answers only while the host serves the old site's page there
            """)
    void linksToOldPagesWithoutAnOldHost(String body, String expected, String finding) {
        assertEquals(unescape(expected), rewritten(unescape(body), null, finding));
    }

    /** The body of a post whose old address was /2021/06/01/tides.html, its links to the old site rewritten. */
    private static String rewritten(String body, String oldHost, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(body);
        OldLinks links = new OldLinks(Map.of("/2019/12/25/bells.html", "en/2019/bells.md", "/posts/bells/",
                "en/2019/bells.md"), Map.of("en/2019/bells.md", "/en/2019/12/bells/"), Set.of("old.example.org"),
                oldHost, "/", NewSite.ownedRoots(), NewSite::generated, (file, from) -> false,
                (file, from) -> Optional.empty(), (from, path) -> path, (from, path) -> Optional.empty());
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        links.rewrite(post, post.body(), MarkdownSpans.of(post.body()), edits, "en/2021/tides.md",
                "/2021/06/01/tides.html", LINKS, Set.of(), findings);
        assertFindings(finding, findings);
        return edits.apply();
    }

    /** {@code finding}: the report lines expected, each {@code line: message}, set apart by {@code \\n}. */
    private static void assertFindings(String finding, Findings findings) {
        assertEquals(finding == null ? List.of() : java.util.Arrays.stream(finding.split("\\\\n"))
                        .map(line -> "_posts/2019-12-25-bells.md:" + line).toList(),
                findings.sorted().stream().map(Finding::toString).toList());
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }
}
