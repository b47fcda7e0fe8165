package org.broadsheet.build;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.broadsheet.TestSite;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a full build keeps under {@code target/broadsheet/} for the next one (the state, the article cache, the
 * search postings) damaged on disk, in any way: the next build falls back on reading and rendering what it
 * cannot trust, and its site equals a cold build's.
 */
class KeptStateDamageTest {

    /** The files a full build keeps. */
    private static final String[] KEPT = {"state", "articles", "search-postings-en", "search-postings-ko"};

    /** How a file is damaged. */
    enum Damage { TRUNCATED, BYTE_CHANGED, EMPTIED, GARBAGE, HUGE_FOOTER }

    @Property(tries = 10, seed = "20261204")
    void aDamagedKeptFileGivesTheSiteOfAColdBuild(@ForAll("kept") String file, @ForAll Damage damage,
                                                  @ForAll @IntRange(max = 1000) int where,
                                                  @ForAll @IntRange(min = 1, max = 255) int value) throws IOException {
        check(file, damage, where, value);
    }

    /** The postings' footer saying their index starts before the file, which once was read into a 2 GB array. */
    @Example
    void aPostingsFooterPointingAnywhereIsNotTrusted() throws IOException {
        check("search-postings-ko", Damage.HUGE_FOOTER, 0, 1);
    }

    /** Found with seed -5858267309816146665: one shard's postings damaged, the others kept, once a crash. */
    @Example
    void oneDamagedShardOfPostingsIsNotMergedWithTheOthers() throws IOException {
        check("search-postings-en", Damage.BYTE_CHANGED, 0, 1);
    }

    private static void check(String kept, Damage damage, int where, int value) throws IOException {
        Path dir = Files.createTempDirectory("broadsheet-damage");
        try {
            TestSite site = TestSite.create(dir.resolve("project"));
            for (int i = 0; i < 4; i++) {
                site.article("content/en/2019/story-" + i + ".md", "title: Story " + i + "\ndate: 2019-0" + (1 + i % 3)
                        + "-1" + i + "\ntopics: [economy]", "Body " + i + " about the harbor.\n");
                site.article("content/ko/2019/story-" + i + ".md", "title: 기사 " + i + "\ndate: 2019-0" + (1 + i % 3)
                        + "-1" + i, "항구에 관한 본문 " + i + ".\n");
            }
            assertTrue(site.build().succeeded());
            Path file = site.root().resolve("target/broadsheet").resolve(kept);
            assertTrue(Files.isRegularFile(file), kept + " was kept");
            Files.write(file, damaged(Files.readAllBytes(file), damage, where, value));
            site.article("content/en/2019/story-2.md", "title: Story two\ndate: 2019-03-12\ntopics: [economy]",
                    "Body two about the harbor and the ferry.\n");
            BuildResult result = site.build();
            assertTrue(result.succeeded(), result.problems().toString());
            assertEquals(RepeatedBuildTest.coldBuild(site, dir.resolve("cold")),
                    RepeatedBuildTest.files(site.root().resolve("site")), kept + " " + damage + " at " + where);
        } finally {
            RepeatedBuildTest.deleteTree(dir);
        }
    }

    private static byte[] damaged(byte[] bytes, Damage damage, int where, int value) {
        int at = (int) ((long) Math.max(0, bytes.length - 1) * where / 1000);
        return switch (damage) {
            case TRUNCATED -> Arrays.copyOf(bytes, at);
            case BYTE_CHANGED -> {
                byte[] changed = bytes.clone();
                changed[at] ^= (byte) value;
                yield changed;
            }
            case EMPTIED -> new byte[0];
            case GARBAGE -> {
                byte[] garbage = new byte[Math.max(16, bytes.length)];
                Arrays.fill(garbage, (byte) value);
                yield garbage;
            }
            case HUGE_FOOTER -> {
                // an index that would start before the file: read whole, it would be an array of up to 2 GB
                byte[] changed = bytes.clone();
                long before = changed.length - Long.BYTES - (Integer.MAX_VALUE - 8L) + where;
                ByteBuffer.wrap(changed, changed.length - Long.BYTES, Long.BYTES).putLong(before);
                yield changed;
            }
        };
    }

    @Provide
    Arbitrary<String> kept() {
        return Arbitraries.of(KEPT);
    }
}
