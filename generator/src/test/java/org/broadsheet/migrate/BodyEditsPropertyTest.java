package org.broadsheet.migrate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each character of the edited body is traced back to where it came from in the body before the edits. */
class BodyEditsPropertyTest {

    record Edit(int start, int length, String text) {
    }

    @Property(tries = 1000)
    void everyOffsetOfTheResultComesFromTheOffsetBeforeTheEditsThatMadeIt(@ForAll("bodies") String body,
                                                                            @ForAll("edits") List<Edit> edits) {
        BodyEdits under = new BodyEdits(body, 1);
        List<int[]> kept = new ArrayList<>();
        for (Edit edit : edits) {
            int start = Math.min(edit.start(), body.length());
            int end = Math.min(start + edit.length(), body.length());
            under.replace(start, end, edit.text());
            kept.add(new int[]{start, end, edit.text().length(), kept.size()});
        }
        String result = under.apply();
        for (int offset = 0; offset <= result.length(); offset++) {
            assertEquals(expected(kept, offset), under.original(offset), "offset " + offset + " of " + result);
        }
    }

    /** The edits as apply() takes them (by start, an overlapping one left out), walked one by one. */
    private static int expected(List<int[]> edits, int offset) {
        List<int[]> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((int[] e) -> e[0]).thenComparingInt(e -> e[3]));
        int shift = 0;
        int at = 0;
        for (int[] edit : sorted) {
            if (edit[0] < at) {
                continue;
            }
            at = edit[1];
            int start = edit[0] + shift;
            if (offset < start) {
                break;
            }
            if (offset < start + edit[2]) {
                return edit[0];
            }
            shift += edit[2] - (edit[1] - edit[0]);
        }
        return offset - shift;
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars("ab\n").ofMaxLength(12);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 4),
                Arbitraries.strings().withChars("xy\n").ofMaxLength(4)).as(Edit::new).list().ofMaxSize(6);
    }
}
