package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Liquid {@code {% if %}} or {@code {% unless %}} block of an include's text, read into its branches — the
 * condition of each, its {@code elsif}s, its {@code else} — so that the branch Jekyll showed can be chosen when the
 * conditions' values are known. Blocks nested in a branch stay in its text.
 */
final class LiquidBranches {

    private static final Pattern TAG = Pattern.compile("(?s)\\{%-?\\s*(\\w+)(.*?)-?%}");
    /** Tags that open a block closed by {@code end…}, inside which an {@code else} is not the outer block's. */
    private static final Set<String> BLOCKS = Set.of("if", "unless", "case", "for");

    /** One branch: its condition ({@code null} for {@code else}), whether it is an {@code unless}, and its text. */
    record Branch(String condition, boolean negated, String text) {
    }

    /** The branches in order, and where the block ends in the text. */
    record Block(List<Branch> branches, int end) {
    }

    private LiquidBranches() {
    }

    /** The block whose opening tag starts at {@code start} of {@code text}; empty when it is not closed. */
    static Optional<Block> at(String text, int start) {
        Matcher tag = TAG.matcher(text);
        if (!tag.find(start) || tag.start() != start || !(tag.group(1).equals("if") || tag.group(1).equals("unless"))) {
            return Optional.empty();
        }
        boolean negated = tag.group(1).equals("unless");
        String condition = tag.group(2).strip();
        int textStart = tag.end();
        List<Branch> branches = new ArrayList<>();
        int depth = 0;
        while (tag.find()) {
            String name = tag.group(1);
            if (BLOCKS.contains(name)) {
                depth++;
            } else if (name.startsWith("end") && BLOCKS.contains(name.substring(3)) && depth > 0) {
                depth--;
            } else if (depth == 0 && (name.equals("elsif") || name.equals("else") || name.equals("endif")
                    || name.equals("endunless"))) {
                branches.add(new Branch(condition, negated, text.substring(textStart, tag.start())));
                if (name.startsWith("end")) {
                    return Optional.of(new Block(branches, tag.end()));
                }
                condition = name.equals("else") ? null : tag.group(2).strip();
                negated = false;
                textStart = tag.end();
            }
        }
        return Optional.empty();
    }
}
