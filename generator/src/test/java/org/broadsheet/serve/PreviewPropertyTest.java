package org.broadsheet.serve;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For any sequence of saves, at any timing — during the first build, during rebuilds, right after one
 * another — once they stop, the real preview (its watcher, its builds, its HTTP server) serves what a
 * cold build of the files then on disk gives, its overlay shows exactly that build's problems, and a page
 * that was open all along has been told the current version. The saves change articles, pictures, templates,
 * UI strings and the settings files; they leave editors' files behind, add and remove symbolic links, rename
 * articles to another extension or case or to a new slug with the old address as an alias, add and remove a
 * translation, move a folder of articles or of pictures, replace the whole theme or content folder, switch many files
 * at once as {@code git checkout} does, write a file in two halves, and change a file without extension that a page
 * links to.
 */
class PreviewPropertyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** The ways the files change, as editors, git and writers change them. */
    enum Kind {
        EDIT, TRUNCATE_THEN_WRITE, VIM, JETBRAINS, RENAME_OVER, DELETE, BREAK, LINK, NEW_FOLDER, MANY, IMAGE,
        TEMPLATE, UI_STRING, SETTINGS, EMACS, SYMBOLIC_LINK, RENAME, MOVE_FOLDER, REPLACE_THEME, LINKED_FILE,
        NEW_SLUG, TRANSLATION, RENAME_IMAGES, REPLACE_CONTENT, CHECKOUT, HALF_WRITTEN
    }

    /**
     * One change, then a pause.
     *
     * @param kind    what changes
     * @param article which of the articles it concerns
     * @param version what the new text says (titles, dates, topics, links vary with it)
     * @param pause   how long until the next change, in milliseconds
     */
    record Step(Kind kind, int article, int version, int pause) {
    }

    @Property(tries = 8, seed = "20261204")
    void oncePausedThePreviewShowsWhatIsOnDisk(@ForAll("steps") List<Step> steps,
                                               @ForAll @IntRange(max = 300) int firstPause) throws Exception {
        check(steps, firstPause);
    }

    /**
     * Found by the property (seed -4510761916184788288): a template saved during the first build, which had
     * parsed it before the save but digested it after, so that the next full build took the old pages as up
     * to date.
     */
    @Example
    void aTemplateSavedDuringTheFirstBuild() throws Exception {
        check(List.of(new Step(Kind.MANY, 0, 25, 61), new Step(Kind.TEMPLATE, 1, 271, 13), new Step(Kind.VIM, 0, 308, 50),
                new Step(Kind.LINK, 2, 66, 10), new Step(Kind.EDIT, 0, 999, 0), new Step(Kind.NEW_FOLDER, 0, 29, 7),
                new Step(Kind.EDIT, 2, 32, 8)), 9);
    }

    /**
     * Each settings file saved on its own while articles name a series and an author, as the last change the
     * preview sees; then the series taken away.
     */
    @Example
    void everySettingsFileSavedWhileArticlesUseThem() throws Exception {
        for (int version = 4; version < 8; version++) {
            check(List.of(new Step(Kind.EDIT, 0, 1, 0), new Step(Kind.EDIT, 1, 2, 1500),
                    new Step(Kind.SETTINGS, 0, version, 0)), 2000);
        }
        check(List.of(new Step(Kind.EDIT, 0, 1, 0), new Step(Kind.SETTINGS, 0, 8, 200), new Step(Kind.EDIT, 1, 3, 0)), 300);
    }

    private static void check(List<Step> steps, int firstPause) throws Exception {
        Path dir = Files.createTempDirectory("broadsheet-preview");
        Preview[] preview = {null};
        CompletableFuture<PreviewClient.Stream> open = null;
        try {
            TestSite site = TestSite.create(dir.resolve("project"));
            for (int article = 0; article < ARTICLES; article++) {
                edit(site, article, 0);
            }
            for (int version = 0; version < 4; version++) {
                settings(site, version);
            }
            image(site, 16);
            site.article("content/en/2019/pictures.md", "title: Pictures\ndate: 2019-05-01",
                    "![A lead](/images/lead.png) [Read me](/files/README)");
            BuildOptions options = site.options();
            open = CompletableFuture.supplyAsync(() -> {
                try {
                    preview[0] = new Preview(options, 0, BuildLog.SILENT);
                    return new PreviewClient(preview[0].port()).listen();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(firstPause);
            for (Step step : steps) {
                apply(site, step);
                Thread.sleep(step.pause());
            }
            PreviewClient.Stream openPage = open.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            Convergence.await(options, preview[0], dir.resolve("scratch"), PATIENCE);
            PreviewClient.State now = PreviewClient.pageState(new PreviewClient(preview[0].port()).get("/").body());
            assertEquals(now, openPage.last(), "a page open all along was told the current state");
        } finally {
            if (open != null) {
                // a save that failed during the first build: the preview it started still writes into dir
                open.exceptionally(failed -> null).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
            if (preview[0] != null) {
                preview[0].close();
            }
            deleteTree(dir);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, ARTICLES - 1),
                Arbitraries.integers().between(1, 1000), Arbitraries.integers().between(0, 300)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(10);
    }

    private static final int ARTICLES = 5;

    private static String path(int article) {
        return article < 4 ? "content/en/2019/story-" + article + ".md" : "content/ko/2019/story-0.md";
    }

    private static String text(int article, int version, String body) {
        return "---\ntitle: Story " + article + " v" + version + "\ndate: 2019-0" + (1 + version % 3) + "-1" + article
                + "\ntopics: [" + (version % 2 == 0 ? "economy" : "north-korea") + "]"
                + (version % 5 == 1 ? "\nseries: harbor" : version % 5 == 2 ? "\nauthors: [kim]" : "")
                + "\n---\n" + body + "\n";
    }

    /**
     * One of the settings files in a version: a series or author renamed or gone (which fails the build while
     * an article names it), topics renamed, another most-read list.
     */
    private static void settings(TestSite site, int version) {
        int v = version / 4;
        switch (version % 4) {
            case 0 -> site.file("content/series.yml", v % 3 == 2 ? "harbors: {en: Harbors}\n"
                    : "harbor: {en: Harbor " + v + ", ko: 항구 " + v + "}\n");
            case 1 -> site.file("content/authors.yml", v % 3 == 2 ? "lee: {en: Lee Jun, ko: 이준}\n"
                    : "kim: {en: Kim " + v + ", ko: 김 " + v + "}\n");
            case 2 -> site.file("content/topics.yml", TestSite.TOPICS_YML.replace("Economy", "Economy " + v));
            default -> site.file("content/most-read.yml", "en:\n  - en/2019/story-" + v % ARTICLES + ".md\n");
        }
    }

    private static void edit(TestSite site, int article, int version) {
        site.file(path(article), text(article, version, "Body " + version + "."));
    }

    private static void apply(TestSite site, Step step) throws IOException, InterruptedException {
        Path root = site.root();
        Path file = root.resolve(path(step.article()));
        String text = text(step.article(), step.version(), "Body " + step.version() + ".");
        switch (step.kind()) {
            case EDIT -> edit(site, step.article(), step.version());
            case TRUNCATE_THEN_WRITE -> {
                Files.createDirectories(file.getParent());
                Files.write(file, new byte[0]);
                Thread.sleep(step.version() % 30);
                Files.writeString(file, text);
            }
            case VIM -> {
                Files.createDirectories(file.getParent());
                Path test = file.resolveSibling("4913");
                Files.writeString(test, "");
                Files.delete(test);
                Path backup = file.resolveSibling(file.getFileName() + "~");
                if (Files.exists(file)) {
                    Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.writeString(file, text);
                Files.deleteIfExists(backup);
            }
            case JETBRAINS -> {
                Path temporary = file.resolveSibling(file.getFileName() + "___jb_tmp___");
                Path old = file.resolveSibling(file.getFileName() + "___jb_old___");
                Files.createDirectories(file.getParent());
                Files.writeString(temporary, text);
                if (Files.exists(file)) {
                    Files.move(file, old, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(temporary, file);
                Files.deleteIfExists(old);
            }
            case RENAME_OVER -> {
                Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
                Files.createDirectories(file.getParent());
                Files.writeString(temporary, text);
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            case DELETE -> Files.deleteIfExists(file);
            case BREAK -> site.file(path(step.article()), "---\ntitle: Story: broken\ndate: 2019-01-01\n---\nBody.\n");
            case LINK -> site.file(path(step.article()), text(step.article(), step.version(),
                    "See [story " + (step.version() % 4) + "](story-" + (step.version() % 4) + ".md)."));
            case NEW_FOLDER -> site.file("content/en/" + (2000 + step.version() % 20) + "/deep/" + step.version()
                    + "/new-" + step.version() + ".md", text(9, step.version(), "New folder."));
            case MANY -> {
                for (int article = 0; article < ARTICLES; article++) {
                    edit(site, article, step.version() + article);
                }
            }
            case IMAGE -> {
                if (step.version() % 5 == 0) {
                    Files.deleteIfExists(root.resolve("content/images/lead.png"));
                } else {
                    image(site, 8 + step.version() % 40);
                }
            }
            case TEMPLATE -> {
                Path month = root.resolve("templates/month.ftlh");
                String template = Files.readString(month).replaceAll("<h1 class=\"page-title[^\"]*\">",
                        "<h1 class=\"page-title v" + step.version() + "\">");
                Files.writeString(month, template);
            }
            case SETTINGS -> settings(site, step.version());
            case EMACS -> {
                // a lock that is a dangling link, an auto-save, a backup by renaming; the lock and backup stay
                Path lock = file.resolveSibling(".#" + file.getFileName());
                Files.createDirectories(file.getParent());
                Files.deleteIfExists(lock);
                Files.createSymbolicLink(lock, Path.of("writer@desk.4242:1700000000"));
                Files.writeString(file.resolveSibling("#" + file.getFileName() + "#"), text.substring(0, text.length() / 2));
                if (Files.exists(file)) {
                    Files.move(file, file.resolveSibling(file.getFileName() + "~"), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.writeString(file, text);
                Files.delete(file.resolveSibling("#" + file.getFileName() + "#"));
            }
            case SYMBOLIC_LINK -> {
                Path link = file.resolveSibling("linked-" + step.article() + ".md");
                if (Files.deleteIfExists(link)) {
                    break;
                }
                Files.createDirectories(file.getParent());
                Files.createSymbolicLink(link, file.getFileName());
            }
            case RENAME -> {
                String name = file.getFileName().toString();
                Path away = file.resolveSibling(step.version() % 2 == 0 ? name.replace(".md", ".txt") : "S" + name.substring(1));
                moveAwayOrBack(file, away);
            }
            case MOVE_FOLDER -> moveAwayOrBack(root.resolve("content/en/2019"), root.resolve("content/en/archive/2019"));
            case REPLACE_THEME -> {
                // deleted, and copied back with one change, as a theme update or a git checkout does
                Path copy = root.resolve("theme-" + step.version());
                TestSite.copyTree(root.resolve("templates"), copy);
                deleteTree(root.resolve("templates"));
                Path strings = copy.resolve("i18n/en.yml");
                Files.writeString(strings, Files.readString(strings).replaceAll("(?m)^latest: .*$", "latest: New " + step.version()));
                Files.move(copy, root.resolve("templates"));
            }
            case LINKED_FILE -> {
                Path readMe = root.resolve("content/files/README");
                if (step.version() % 5 == 0) {
                    Files.deleteIfExists(readMe);
                } else {
                    Files.createDirectories(readMe.getParent());
                    Files.writeString(readMe, "Version " + step.version());
                }
            }
            case NEW_SLUG -> {
                Path renamed = file.resolveSibling(file.getFileName().toString().replace(".md", "-moved.md"));
                if (moveAwayOrBack(file, renamed)) {
                    Files.writeString(renamed, Files.readString(renamed).replaceFirst("\ntitle: ", "\naliases: [/old/story-"
                            + step.article() + "/]\ntitle: "));
                }
            }
            case TRANSLATION -> {
                Path korean = root.resolve("content/ko/2019/story-" + (1 + step.article() % 3) + ".md");
                if (!Files.deleteIfExists(korean)) {
                    Files.createDirectories(korean.getParent());
                    Files.writeString(korean, text(1 + step.article() % 3, step.version(), "번역 " + step.version() + "."));
                }
            }
            case RENAME_IMAGES -> moveAwayOrBack(root.resolve("content/images"), root.resolve("content/pictures"));
            case REPLACE_CONTENT -> {
                // deleted, and copied back with one article changed, as a sync tool or an unzip in its place does
                Path copy = root.resolve("content-" + step.version());
                TestSite.copyTree(root.resolve("content"), copy);
                deleteTree(root.resolve("content"));
                Path changed = copy.resolve(path(step.article()).substring("content/".length()));
                Files.createDirectories(changed.getParent());
                Files.writeString(changed, text);
                Files.move(copy, root.resolve("content"));
            }
            case CHECKOUT -> {
                // another branch: files changed, one deleted, one created, a template changed, all within a moment
                for (int article = 0; article < ARTICLES; article++) {
                    if (article == step.article()) {
                        Files.deleteIfExists(root.resolve(path(article)));
                    } else {
                        edit(site, article, step.version() + article);
                    }
                }
                site.file("content/en/2019/branch-" + step.version() % 3 + ".md", text(7, step.version(), "Branch."));
                Path home = root.resolve("templates/home.ftlh");
                Files.writeString(home, Files.readString(home).replaceAll("<div class=\"front[^\"]*\">",
                        "<div class=\"front branch-" + step.version() + "\">"));
            }
            case HALF_WRITTEN -> {
                // written in place in two parts, as an editor that streams a large file does
                Files.createDirectories(file.getParent());
                Files.writeString(file, text.substring(0, text.length() / 2));
                Thread.sleep(step.version() % 20);
                Files.writeString(file, text);
            }
            case UI_STRING -> {
                Path strings = root.resolve("templates/i18n/en.yml");
                Files.writeString(strings, Files.readString(strings).replaceAll("(?m)^latest: .*$",
                        "latest: Latest " + step.version()));
            }
        }
    }

    /** A PNG of {@code size} pixels square at content/images/lead.png: its size is written into the page. */
    private static void image(TestSite site, int size) throws IOException {
        Path file = site.root().resolve("content/images/lead.png");
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(".lead.png.part");
        ImageIO.write(new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB), "png", temporary.toFile());
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Moves {@code here} to {@code away}, or back when it is there, in place of what is here now; whether it moved
     * away.
     */
    private static boolean moveAwayOrBack(Path here, Path away) throws IOException {
        if (Files.exists(away, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(here, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(here);
            }
            Files.move(away, here, StandardCopyOption.REPLACE_EXISTING);
            return false;
        }
        if (!Files.exists(here, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Files.createDirectories(away.getParent());
        Files.move(here, away);
        return true;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
