package org.broadsheet.markdown.fast;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;

/** Tables as Flexmark's {@code TableNodeRenderer} writes them: a line for each row, cells on the row's line. */
final class TableRendering {

    private TableRendering() {
    }

    static void table(DocumentRendering rendering, TableBlock table) {
        HtmlLines out = rendering.out.line().raw("<table");
        if (!rendering.config.tableClass.isEmpty()) {
            out.attribute("class", rendering.config.tableClass);
        }
        out.raw(">").line();
        rendering.children(table);
        out.line().raw("</table>").line();
    }

    /** {@code <thead>} or {@code <tbody>}. */
    static void section(DocumentRendering rendering, Node section) {
        String tag = section instanceof TableBody ? "tbody" : "thead";
        rendering.out.line().raw("<").raw(tag).raw(">");
        rendering.children(section);
        rendering.out.raw("</").raw(tag).raw(">").line();
    }

    static void row(DocumentRendering rendering, TableRow row) {
        rendering.out.line().raw("<tr>");
        rendering.children(row);
        rendering.out.raw("</tr>").line();
    }

    static void caption(DocumentRendering rendering, TableCaption caption) {
        rendering.out.line().raw("<caption>");
        rendering.children(caption);
        rendering.out.raw("</caption>").line();
    }

    static void cell(DocumentRendering rendering, TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        HtmlLines out = rendering.out.raw("<").raw(tag);
        if (cell.getAlignment() != null) {
            out.attribute("align", switch (cell.getAlignment()) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
            });
        }
        if (rendering.config.columnSpans && cell.getSpan() > 1) {
            out.attribute("colspan", String.valueOf(cell.getSpan()));
        }
        out.raw(">");
        rendering.children(cell);
        out.raw("</").raw(tag).raw(">");
    }
}
