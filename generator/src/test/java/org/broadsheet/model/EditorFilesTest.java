package org.broadsheet.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which files of {@code content/} and {@code templates/} are editors' temporary files, which no build reads. */
class EditorFilesTest {

    /** The rule as a regular expression, as it reads in the documentation of the preview. */
    private static final Pattern RULE = Pattern.compile(
            "(?is)(\\..*|.*~|#.*|.*\\.(swp|swo|swx|tmp|bak|crswap)|.*___jb_(tmp|old)___)");

    @Test
    void swapFilesBackupsAndSafeWriteFilesAreTemporaryInAnyCase() {
        for (String name : List.of(".a.md.swp", "a.md~", "#a.md#", "a.md.SWP", "a.Bak", "a.md.crswap",
                "a.md___jb_tmp___", "a.md___JB_OLD___", "photo.TMP")) {
            assertTrue(EditorFiles.temporary(Path.of("en", name)), name);
        }
    }

    @Test
    void articlesPicturesAndNamesWithoutAnExtensionAreNot() {
        for (String name : List.of("a.md", "README", "4913", "swp", "a.swp.md", "a.bak.jpg", "a_jb_tmp_", "a.tmpl")) {
            assertFalse(EditorFiles.temporary(Path.of("en", name)), name);
        }
    }

    @Test
    void aFileInAHiddenFolderIsTemporary() {
        assertTrue(EditorFiles.temporary(Path.of(".git", "a.md")));
    }

    @Property
    void anyNameIsTemporaryExactlyWhenTheRuleMatchesIt(@ForAll("names") String name) {
        assertEquals(RULE.matcher(name).matches(), EditorFiles.temporary(Path.of(name)), name);
    }

    /** Names built from the pieces the rule looks for, in any case, among other characters. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(".", "~", "#", "swp", "SwO", "swx", "tmp", "BAK", "crswap", "___jb_", "tmp___", "old___",
                        "md", "a", "한글", "İ", "\u212A"),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(3));
        return piece.list().ofMinSize(1).ofMaxSize(6).map(pieces -> String.join("", pieces))
                .filter(name -> !name.equals(".") && !name.equals("..") && !name.contains("/"));
    }
}
