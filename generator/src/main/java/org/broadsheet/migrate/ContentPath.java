package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Relative links between files of {@code content/}. */
final class ContentPath {

    private ContentPath() {
    }

    /** The link from the file {@code from} to the file {@code to}, both relative to {@code content/}. */
    static String relative(String from, String to) {
        List<String> fromDirs = new ArrayList<>(Arrays.asList(from.split("/")));
        fromDirs.remove(fromDirs.size() - 1);
        List<String> target = Arrays.asList(to.split("/"));
        int common = 0;
        while (common < fromDirs.size() && common < target.size() - 1 && fromDirs.get(common).equals(target.get(common))) {
            common++;
        }
        StringBuilder link = new StringBuilder("../".repeat(fromDirs.size() - common));
        link.append(String.join("/", target.subList(common, target.size())));
        return link.toString();
    }
}
