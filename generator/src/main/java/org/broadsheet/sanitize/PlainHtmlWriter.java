package org.broadsheet.sanitize;

import org.broadsheet.model.XmlChars;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlTextEscapingMode;

import java.util.List;

/**
 * Writes what the sanitiser lets through as the Markdown renderers write HTML: text and attribute values
 * escaped as {@code & < > "} only, void elements closed with {@code />}. The sanitiser's own writer
 * escapes far more ({@code '}, {@code +}, {@code =}, {@code @}), which would rewrite every article that
 * holds a single tag; here Markdown's own output comes back as it went in. Element and attribute names
 * are those of the policy, which allows no element whose content is not escaped text.
 */
final class PlainHtmlWriter implements HtmlStreamEventReceiver {

    private final StringBuilder out;

    PlainHtmlWriter(StringBuilder out) {
        this.out = out;
    }

    @Override
    public void openDocument() {
    }

    @Override
    public void closeDocument() {
    }

    @Override
    public void openTag(String elementName, List<String> attrs) {
        out.append('<').append(elementName);
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            out.append(' ').append(attrs.get(i)).append("=\"");
            escaped(attrs.get(i + 1));
            out.append('"');
        }
        out.append(HtmlTextEscapingMode.isVoidElement(elementName) ? " />" : ">");
    }

    @Override
    public void closeTag(String elementName) {
        if (!HtmlTextEscapingMode.isVoidElement(elementName)) {
            out.append("</").append(elementName).append('>');
        }
    }

    @Override
    public void text(String text) {
        escaped(text);
    }

    private void escaped(String text) {
        String clean = XmlChars.cleaned(text);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
