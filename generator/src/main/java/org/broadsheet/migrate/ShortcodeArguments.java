package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The named and positional arguments of a shortcode, quotes removed. */
record ShortcodeArguments(Map<String, String> named, List<String> positional) {

    private static final Pattern ARGUMENT = Pattern.compile("(?:(\\w+)=)?(\"[^\"]*\"|'[^']*'|`[^`]*`|\\S+)");

    static ShortcodeArguments parse(String text) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            String value = m.group(2);
            if (value.length() >= 2 && "\"'`".indexOf(value.charAt(0)) >= 0) {
                value = value.substring(1, value.length() - 1);
            }
            if (m.group(1) != null) {
                named.put(m.group(1), value);
            } else {
                positional.add(value);
            }
        }
        return new ShortcodeArguments(named, positional);
    }

    /** The argument that a template's {@code .Get} names: by name, or by position when written as digits; null for null. */
    String get(String nameOrPosition) {
        if (nameOrPosition == null) {
            return null;
        }
        return nameOrPosition.matches("\\d+") ? get("", DigitIndex.of(nameOrPosition)) : get(nameOrPosition, -1);
    }

    /** The arguments other than those {@code used} names or positions (written as digits), as named or numbered. */
    List<String> except(String... used) {
        List<String> usedNames = Arrays.asList(used);
        List<String> others = new ArrayList<>(named.keySet().stream().filter(key -> !usedNames.contains(key)).toList());
        for (int i = 0; i < positional.size(); i++) {
            if (!usedNames.contains(String.valueOf(i))) {
                others.add("#" + i + " (" + positional.get(i) + ")");
            }
        }
        return others;
    }

    /** The argument named {@code name}, else the positional one at {@code index} (none when negative). */
    String get(String name, int index) {
        if (named.containsKey(name)) {
            return named.get(name);
        }
        return index >= 0 && index < positional.size() ? positional.get(index) : null;
    }
}
