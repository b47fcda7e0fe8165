package org.broadsheet.markdown;

import org.broadsheet.model.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No body, under any {@code rawHtml} mode, publishes a link or source whose scheme a browser reads as
 * {@code javascript:}, {@code vbscript:} or {@code data:text/html}, in any spelling; and under
 * {@code sanitize} and {@code escape} no event handler, script or other active element survives.
 */
class ScriptUrlsTest {

    private static final Markdown TRUSTED = new Markdown(false);
    private static final Markdown ESCAPE = new Markdown(true);
    private static final Markdown SANITIZE = new Markdown(false).sanitizing(SiteConfig.DEFAULT_EMBEDS);
    private static final Set<String> ACTIVE = Set.of("script", "style", "iframe", "object", "embed", "form", "base",
            "meta", "link", "svg", "math", "frame", "frameset", "applet");

    /** Links and images written in Markdown: harmless under every mode. */
    private static final List<String> MARKDOWN = List.of(
            "[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](JAVASCRIPT:alert(1))",
            "[x](&#106;avascript:alert(1))", "[x](&#x6A;avascript:alert(1))", "[x](&#X6a;AVASCRIPT:alert(1))",
            "[x](java&#x09;script:alert(1))", "[x](java&#10;script:alert(1))", "[x](&#1;javascript:alert(1))",
            "[x](&#32;javascript:alert(1))", "[x](<javascript:alert(1)>)", "[x](< javascript:alert(1)>)",
            "[x](javascript:%61lert(1))", "[x](javascript&colon;alert(1))", "[x](vbscript:msgbox(1))",
            "[x](VBScript:msgbox(1))", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](DATA:text/html,<script>alert(1)</script>)", "![x](javascript:alert(1))", "![x](data:text/html,x)",
            "![x](JaVaScRiPt:alert(1) \"t\")", "[x][r]\n\n[r]: JavaScript:alert(1)", "![x][r]\n\n[r]: vbscript:x",
            "<JavaScript:alert(1)>", "<vbscript:alert(1)>", "<javascript:alert(1)>", "<DATA:text/html,x>",
            "[x](\\javascript:alert(1))", "[[x](javascript:alert(1))](y)", "[x](javascript&#58alert(1))",
            "[x](javascript&#0000058alert(1))", "[x](&#106avascript:alert(1))", "[x](javascript&#x3aalert(1))",
            "[x][r]\n\n[r]: javascript&#58alert(1)", "<javascript&#58alert(1)>");

    /** Raw HTML: passed as written only by {@code trusted}. */
    private static final List<String> RAW = List.of(
            "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"java&#x0A;script:alert(1)\">x</a>", "<a href=\"&#x01;javascript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
            "<img src=x onerror=alert(1)>", "<IMG SRC=JaVaScRiPt:alert('XSS')>", "<img src=\"x\" ONERROR=\"alert(1)\">",
            "<svg onload=alert(1)>", "<div onmouseover=\"alert(1)\">x</div>", "a <span onclick=\"alert(1)\">b</span> c",
            "<details open ontoggle=alert(1)>x</details>", "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
            "<iframe src=\"https://www.youtube-nocookie.com/embed/x\" onload=\"alert(1)\"></iframe>",
            "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>",
            "<object data=\"data:text/html,<script>alert(1)</script>\"></object>", "<embed src=\"javascript:alert(1)\">",
            "<math><a xlink:href=\"javascript:alert(1)\">x</a></math>", "<base href=\"javascript:alert(1)//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<script>alert(1)</script>",
            "<style>body{background:url(javascript:alert(1))}</style>", "<p style=\"x:expression(alert(1))\">x</p>",
            "<a href=\"javascript:alert(1)\">[x](y)</a>", "<scr<script>ipt>alert(1)</script>",
            "<!--<img src=x onerror=alert(1)>-->", "<a/href=\"javascript:alert(1)\">x</a>",
            "<a href=\"javascript&#58alert(1)\">x</a>", "<a href=\"&#106avascript:alert(1)\">x</a>",
            "<a href=\"javascript&#x3Aalert(1)\">x</a>", "<img src=\"javascript&#58alert(1)\">",
            "<div>\n\n[x](javascript:alert(1))\n\n</div>", "text <b onclick=alert(1)>bold</b> text");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String body : MARKDOWN) {
            cases.add(Arguments.of("trusted", TRUSTED, body, false));
            cases.add(Arguments.of("sanitize", SANITIZE, body, true));
            cases.add(Arguments.of("escape", ESCAPE, body, true));
        }
        for (String body : RAW) {
            cases.add(Arguments.of("sanitize", SANITIZE, body, true));
            cases.add(Arguments.of("escape", ESCAPE, body, true));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void noScriptIsPublished(String mode, Markdown markdown, String body, boolean noActiveHtml) {
        String html = markdown.toHtml(body, (url, line, image) -> url);
        List<String> found = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            if (noActiveHtml && ACTIVE.contains(element.normalName()) && !embed(element)) {
                found.add("<" + element.normalName() + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (noActiveHtml && (name.startsWith("on") || name.equals("style") || name.equals("srcdoc"))) {
                    found.add(name + " on <" + element.normalName() + ">");
                }
                if (scripted(attribute.getValue())) {
                    found.add(name + "=\"" + attribute.getValue() + "\"");
                }
            }
        }
        assertEquals(List.of(), found, html);
    }

    /** An iframe from the embed list, sandboxed: what sanitising keeps on purpose. */
    private static boolean embed(Element element) {
        return element.normalName().equals("iframe")
                && element.attr("src").startsWith("https://www.youtube-nocookie.com/embed/")
                && element.attr("sandbox").equals("allow-scripts allow-same-origin allow-popups allow-presentation");
    }

    /** Whether a browser reads {@code value}, as a URL, with a scheme that runs script or shows HTML. */
    private static boolean scripted(String value) {
        String url = value.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "").toLowerCase(Locale.ROOT);
        return url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:text/html")
                || url.contains("url=javascript:");
    }
}
