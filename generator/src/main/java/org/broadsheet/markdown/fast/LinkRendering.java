package org.broadsheet.markdown.fast;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Links and images as Flexmark's {@code CoreNodeRenderer} writes them, with no link resolvers:
 * the URL as written (after {@code Markdown}'s rewriting), unescaped, and {@code javascript:}
 * links left as their text.
 */
final class LinkRendering {

    private LinkRendering() {
    }

    static void link(DocumentRendering rendering, Link link) {
        if (rendering.config.suppressed(link.getUrl())) {
            rendering.children(link);
        } else {
            anchor(rendering, link, link.getUrl().unescape(), link.getTitle());
        }
    }

    static void linkRef(DocumentRendering rendering, LinkRef ref) {
        if (!ref.isDefined()) {
            // an undefined reference is its text, as written
            HtmlLines out = rendering.out;
            if (!ref.hasChildren()) {
                out.text(ref.getChars().unescape());
            } else {
                out.text(ref.getChars().prefixOf(ref.getChildChars()).unescape());
                rendering.children(ref);
                out.text(ref.getChars().suffixOf(ref.getChildChars()).unescape());
            }
            return;
        }
        Reference reference = ref.getReferenceNode(rendering.references);
        String url = reference.getUrl().unescape();
        if (rendering.config.suppressed(url)) {
            rendering.children(ref);
        } else {
            anchor(rendering, ref, url, reference.getTitle());
        }
    }

    private static void anchor(DocumentRendering rendering, Node link, String href, BasedSequence title) {
        HtmlLines out = rendering.out.raw("<a").attribute("href", href);
        if (title.isNotNull()) {
            out.attribute("title", title.unescape());
        }
        out.raw(">");
        rendering.children(link);
        out.raw("</a>");
    }

    static void image(DocumentRendering rendering, Image image) {
        if (rendering.config.suppressed(image.getUrl())) {
            return;
        }
        if (!image.getUrlContent().isEmpty()) {
            throw new Unrenderable("image with URL content");
        }
        sized(rendering, img(rendering, image, image.getUrl().unescape(), image.getTitle()), image.getUrl()).raw(" />");
    }

    static void imageRef(DocumentRendering rendering, ImageRef ref) {
        if (!ref.isDefined()) {
            rendering.out.text(ref.getChars().unescape());
            return;
        }
        Reference reference = ref.getReferenceNode(rendering.references);
        String url = reference.getUrl().unescape();
        if (!rendering.config.suppressed(url)) {
            sized(rendering, img(rendering, ref, url, reference.getTitle()), reference.getUrl()).raw(" />");
        }
    }

    /** What Markdown's ImageSizeAttributes adds, after an image's other attributes, as Flexmark's providers do. */
    private static HtmlLines sized(DocumentRendering rendering, HtmlLines out, BasedSequence url) {
        int[] size = rendering.imageSizes.apply(url.toString());
        return size == null ? out
                : out.attribute("width", Integer.toString(size[0])).attribute("height", Integer.toString(size[1]));
    }

    /** The start of an {@code img} tag: its alternative text is the text of the image's description. */
    private static HtmlLines img(DocumentRendering rendering, Node image, String src, BasedSequence title) {
        HtmlLines out = rendering.out.raw("<img").attribute("src", src)
                .attribute("alt", new TextCollectingVisitor().collectAndGetText(image));
        if (title.isNotNull()) {
            out.attribute("title", title.unescape());
        }
        return out;
    }

    /** Flexmark links an autolink's text, not its URL (which {@code Markdown} does not rewrite either). */
    static void autoLink(DocumentRendering rendering, AutoLink link) {
        String text = link.getText().toString();
        if (rendering.config.suppressed(link.getUrl())) {
            rendering.out.text(text);
            return;
        }
        String href = text.startsWith("www.") ? rendering.config.html.autolinkWwwPrefix + text : text;
        rendering.out.raw("<a").attribute("href", href).raw(">").text(text).raw("</a>");
    }

    static void mailLink(DocumentRendering rendering, MailLink link) {
        String text = link.getText().unescape();
        if (rendering.config.suppressed(link.getUrl())) {
            rendering.out.text(text);
            return;
        }
        rendering.out.raw("<a").attribute("href", "mailto:" + text).raw(">").text(text).raw("</a>");
    }
}
