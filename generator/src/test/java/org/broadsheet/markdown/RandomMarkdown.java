package org.broadsheet.markdown;

import java.util.Random;

/**
 * Random Markdown from a small grammar of what articles use, and of the odd corners around it:
 * nested lists and quotes, tables, footnotes, references, code, raw HTML, and inline markup over
 * English, Korean and the characters HTML escapes.
 */
final class RandomMarkdown {

    private static final String[] WORDS = {"harbor", "ferry", "council", "Seomun", "the", "a", "budget", "2024",
            "항구", "도로", "통제", "서울", "시장", "다리", "<", ">", "&", "\"", "'", "AT&T", "x<y", "a>b", "“quote”",
            "—", "e.g.", "100%", "#", "!", "?", ":", "café", "Ünïcode", "🙂", "@", "www"};
    private static final String[] HEADINGS = {"Road closures", "도로 통제", "Road closures", "What's next?",
            "!!!", "A & B", "1. Intro", "Q&A: <the> \"deal\"", "도로 통제", "  spaced  out  "};
    private static final String[] URLS = {"http://example.org", "a.md", "../2021/bridge.md", "/images/x.png",
            "sized.png", "https://example.org/a?b=1&c=2", "#anchor", "mailto:x@y.org", "javascript:alert(1)",
            "a%20b", "<with space>", "x&amp;y", "\"quoted\"", "서울.md", ""};
    private static final String[] TITLES = {" \"Title\"", " 'single & \"double\"'", " (paren)", "", "", ""};
    private static final String[] INFOS = {"", "java", "c++ extra", "{.x}", "`", "js\\-x", "python title=\"a\"",
            "  ruby  ", "한국어"};

    private final Random random;

    RandomMarkdown(long seed) {
        random = new Random(seed);
    }

    String document() {
        StringBuilder markdown = new StringBuilder();
        int blocks = 1 + random.nextInt(7);
        for (int i = 0; i < blocks; i++) {
            markdown.append(block(0)).append(random.nextInt(6) == 0 ? "\n" : "\n\n");
        }
        if (random.nextInt(3) == 0) {
            markdown.append("[ref1]: ").append(pick(URLS)).append(pick(TITLES)).append('\n');
        }
        if (random.nextInt(3) == 0) {
            markdown.append("[Ref2]: /r2.md\n");
        }
        if (random.nextInt(2) == 0) {
            markdown.append("\n[^1]: ").append(inlines(0)).append('\n');
            if (random.nextBoolean()) {
                markdown.append("\n    ").append(inlines(0)).append('\n');
            }
        }
        if (random.nextInt(3) == 0) {
            markdown.append("\n[^note]: ").append(inlines(0)).append('\n');
            if (random.nextBoolean()) {
                markdown.append("\n    ").append(block(2).replace("\n", "\n    ")).append('\n');
            }
        }
        if (random.nextInt(5) == 0) {
            markdown.append("\n[^unused]: never referenced\n");
        }
        String document = random.nextInt(8) == 0 ? markdown.toString().strip() : markdown.toString();
        // files written on Windows
        return random.nextInt(10) == 0 ? document.replace("\n", "\r\n") : document;
    }

    private String block(int depth) {
        int choice = random.nextInt(depth > 2 ? 6 : 16);
        return switch (choice) {
            case 0, 1, 2 -> inlines(0);
            case 3 -> "#".repeat(1 + random.nextInt(6)) + " " + (random.nextBoolean() ? pick(HEADINGS) : inlines(1));
            case 4 -> pick(HEADINGS) + "\n" + (random.nextBoolean() ? "===" : "---");
            case 5 -> random.nextBoolean() ? "---" : "***";
            case 6, 7 -> list(depth);
            case 8, 9 -> quote(depth);
            case 10 -> fencedCode();
            case 11 -> "    " + pick(WORDS) + " <code> &\n\n      indented " + pick(WORDS) + "\n";
            case 12 -> htmlBlock();
            case 13, 14 -> table();
            default -> inlines(0) + "\n" + inlines(0);
        };
    }

    private String list(int depth) {
        boolean ordered = random.nextBoolean();
        int start = random.nextInt(4) == 0 ? random.nextInt(12) : 1;
        String marker = ordered ? (random.nextBoolean() ? "." : ")") : pick(new String[]{"-", "*", "+"});
        boolean loose = random.nextInt(3) == 0;
        StringBuilder list = new StringBuilder();
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            String bullet = ordered ? (start + i) + marker + " " : marker + " ";
            String indent = " ".repeat(bullet.length());
            StringBuilder item = new StringBuilder(random.nextInt(5) == 0 ? block(depth + 1) : inlines(0));
            if (random.nextInt(3) == 0) {
                item.append(random.nextBoolean() ? "\n" : "\n\n").append(block(depth + 1));
            }
            list.append(bullet).append(item.toString().replace("\n", "\n" + indent).replaceAll("(?m) +$", ""))
                    .append(loose ? "\n\n" : "\n");
        }
        return list.toString();
    }

    private String quote(int depth) {
        String inner = block(depth + 1) + (random.nextBoolean() ? "\n\n" + block(depth + 1) : "");
        return ("> " + inner.replace("\n", "\n> ")).replaceAll("(?m)> $", ">");
    }

    private String fencedCode() {
        String fence = random.nextBoolean() ? "```" : "~~~";
        String content = random.nextInt(5) == 0 ? "" : pick(WORDS) + " <b>&amp;</b> \"x\"\n\n  indented\t" + pick(WORDS) + "\n";
        return fence + pick(INFOS) + "\n" + content + fence;
    }

    private String htmlBlock() {
        return switch (random.nextInt(5)) {
            case 0 -> "<div class=\"note\">\n<p>" + pick(WORDS) + "</p>\n</div>";
            case 1 -> "<!-- a comment " + pick(WORDS) + " -->";
            case 2 -> "<figure>\n  <img src=\"x.png\">\n</figure>";
            case 3 -> "<!--\nmulti\n\nline\n-->";
            default -> "<table><tr><td>" + pick(WORDS) + "</td></tr></table>";
        };
    }

    private String table() {
        int columns = 1 + random.nextInt(3);
        StringBuilder table = new StringBuilder();
        // sometimes without a header row
        if (random.nextInt(5) > 0) {
            table.append('|');
            for (int c = 0; c < columns; c++) {
                table.append(' ').append(random.nextInt(4) == 0 ? "" : inlines(2)).append(" |");
            }
            table.append('\n');
        }
        table.append('|');
        for (int c = 0; c < columns; c++) {
            table.append(pick(new String[]{"---", ":--", ":-:", "--:"})).append('|');
        }
        int rows = random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            table.append("\n|");
            int cells = Math.max(1, columns + random.nextInt(3) - 1);
            for (int c = 0; c < cells; c++) {
                table.append(' ').append(random.nextInt(4) == 0 ? "" : inlines(2)).append(random.nextInt(8) == 0 ? " ||" : " |");
            }
        }
        if (random.nextInt(4) == 0) {
            table.append("\n[").append(pick(WORDS)).append(" caption]");
        }
        return table.toString();
    }

    /** A line of inline markup; {@code depth} keeps nesting and line breaks in check. */
    private String inlines(int depth) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(depth == 0 ? 8 : 3);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(random.nextInt(6) == 0 ? "" : " ");
            }
            text.append(inline(depth));
        }
        return text.toString();
    }

    private String inline(int depth) {
        int choice = random.nextInt(depth > 1 ? 8 : 30);
        return switch (choice) {
            case 0, 1, 2, 3, 4, 5 -> pick(WORDS);
            case 6 -> pick(new String[]{"&amp;", "&copy;", "&#1234;", "&#x41;", "&nope;", "&lt;b&gt;", "&quot;"});
            case 7 -> pick(new String[]{"\\*", "\\\\", "\\[", "\\<", "\\&", "\\_x\\_", "\\`"});
            case 8 -> "*" + inlines(depth + 1) + "*";
            case 9 -> "**" + inlines(depth + 1) + "**";
            case 10 -> "_" + pick(WORDS) + "_";
            case 11 -> "~~" + inlines(depth + 1) + "~~";
            case 12 -> "`" + pick(new String[]{"code", "a  <b>  &", " x ", "``", "a\tb"}) + "`";
            case 13 -> "[" + inlines(depth + 1) + "](" + pick(URLS) + pick(TITLES) + ")";
            case 14 -> "![" + inlines(depth + 1) + "](" + pick(URLS) + pick(TITLES) + ")";
            case 15 -> pick(new String[]{"[ref1]", "[text][ref1]", "[x][ref2]", "![alt][ref1]", "[ref1][]",
                    "[nope][missing]", "![nope][missing]", "[missing]"});
            case 16 -> pick(new String[]{"https://example.org/path?q=1&r=2", "www.example.com", "me@example.org",
                    "<http://x.org/a>", "<me@x.org>", "http://서울.kr", "(https://example.org)."});
            case 17 -> pick(new String[]{"[^1]", "[^note]", "[^missing]", "[^1]"});
            case 18 -> pick(new String[]{"<span class=\"x\">", "</span>", "<!-- c -->", "<br>", "<b>",
                    "<a href=\"x\">", "<img src=\"y\" />"});
            case 19 -> depth == 0 ? pick(new String[]{"  \n", "\\\n", "\n"}) + pick(WORDS) : pick(WORDS);
            default -> pick(WORDS);
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
