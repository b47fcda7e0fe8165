package org.broadsheet.migrate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which of a Hugo site's shortcode templates show one picture, and which of their arguments give it. */
class PictureShortcodesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            <figure class="full-width"><img src="{{ .Get "src" }}" alt="{{ .Get "title" }}"/>{{ with .Get "caption" }}<figcaption class="caption-text">{{ . }}</figcaption>{{ end }}</figure> ¦ src, title, caption
            <img src="{{ .Get 0 | relURL }}" alt="{{ .Get 1 }}">                                                                              ¦ 0, 1, -
            <figure><img src='{{ .Get "image" }}'><figcaption>{{ .Get "text" | markdownify }}</figcaption></figure>                        ¦ image, -, text
            <figure><img data-src="{{ if eq $base "/" }}{{ .Get "src" }}{{ else }}{{ substr (.Get "src") 1 }}{{ end }}" alt="{{ with .Get "alt"}}{{.}}{{else}}{{ .Get "caption" }}{{ end }}" src="data:image/svg+xml,%3Csvg%3E"><figcaption>{{ if isset .Params "title" }}<strong>{{ .Get "title" }}</strong>:{{ end }} {{ .Get "caption" }}</figcaption></figure> ¦ src, alt, caption
            <img src="/images/{{ .Get "name" }}">                                                                                             ¦ -
            <img src="{{ .Get "src" }}"><img src="{{ .Get "hover" }}">                                                                        ¦ -
            <figure><img src="{{ .Get "src" }}"><figcaption>{{ .Inner }}</figcaption></figure>                                              ¦ -
            <iframe src="{{ .Get "src" }}"></iframe>                                                                                          ¦ -
            <img src="{{ .Get 99999999999 }}">                                                                                                ¦ -
            {{- $image := resources.Get (.Get "src") -}}<figure><img class="zoom" src="{{ $image.RelPermalink }}" {{ with .Get "alt" }}alt="{{.}}" {{ end }}></img>{{- with .Get "caption" -}}<figcaption>{{- . | safeHTML -}}</figcaption>{{- end -}}</figure> ¦ src, alt, caption, from assets
            {{ $pic := .Page.Resources.GetMatch (.Get 0) }}<img src="{{ $pic.Permalink }}">                                                 ¦ 0, -, -
            {{ $pic := .Get "file" }}<img src="{{ $pic | relURL }}">                                                                         ¦ file, -, -
            {{ $pic := site.Data.pictures }}<img src="{{ $pic.RelPermalink }}">                                                              ¦ -
            """)
    void aTemplateShowingOnePictureNamesTheArgumentsThatGiveIt(String template, String expected) {
        Optional<PictureShortcodes.Picture> picture = PictureShortcodes.read(template);
        assertEquals(expected, picture.map(p -> p.src() + ", " + dash(p.alt()) + ", " + dash(p.caption())
                + (p.fromAssets() ? ", from assets" : "")).orElse("-"));
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
