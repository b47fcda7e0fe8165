package org.broadsheet.persist;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.FileBody;
import org.broadsheet.content.FileStamp;
import org.broadsheet.content.KnownArticles;
import org.broadsheet.model.Alias;
import org.broadsheet.model.Article;
import org.broadsheet.model.Author;
import org.broadsheet.model.Correction;
import org.broadsheet.model.Image;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.broadsheet.persist.CheckedFile.string;

/**
 * The articles of the last full build, on disk under {@code target/}, each with the size and modification
 * time its file had when it was read: the next build takes an article from here instead of parsing its
 * file again when the file's size and time are the same (as make, Hugo and Jekyll judge a file). Only
 * articles read without problems and without {@code extra} fields are kept, each with a digest the caller
 * gives (the next build need not digest it again). The cache holds for one key (the generator, the
 * settings, the theme), given by the caller.
 */
public final class ArticleCache implements KnownArticles {

    private static final int VERSION = 9;

    /** What the cache was written for; null when empty. */
    private final String key;
    private final Map<String, Entry> entries;
    private final AtomicInteger hits = new AtomicInteger();

    private ArticleCache(String key, Map<String, Entry> entries) {
        this.key = key;
        this.entries = entries;
    }

    /** A cached article, the stamp of the file it was read from, and the article's digest. */
    private record Entry(FileStamp stamp, Article article, String digest) {
    }

    /** A cache with nothing in it. */
    public static ArticleCache empty() {
        return new ArticleCache(null, Map.of());
    }

    /**
     * The cache in {@code file}, whatever it was written for (see {@link #under}), so that it can be read
     * while the key is still being worked out; an empty one when there is none.
     */
    public static ArticleCache read(Path file) {
        return CheckedFile.read(file, in -> {
            if (in.readInt() != VERSION) {
                return null;
            }
            String key = string(in);
            int count = in.readInt();
            Map<String, Entry> entries = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String contentPath = string(in);
                entries.put(contentPath, new Entry(new FileStamp(in.readLong(), in.readLong()), article(in), string(in)));
            }
            return new ArticleCache(key, entries);
        }).orElseGet(ArticleCache::empty);
    }

    /** This cache if it was written for {@code key}, else an empty one. */
    public ArticleCache under(String key) {
        return key.equals(this.key) ? this : empty();
    }

    @Override
    public Optional<Article> get(String contentPath, FileStamp stamp) {
        Entry entry = entries.get(contentPath);
        if (entry == null || !entry.stamp().equals(stamp)) {
            return Optional.empty();
        }
        hits.incrementAndGet();
        return Optional.of(entry.article());
    }

    /** The digest kept with {@code article}, when it was taken from this cache; else null. */
    public String digest(Article article) {
        Entry entry = entries.get(article.contentPath());
        return entry != null && entry.article() == article ? entry.digest() : null;
    }

    /** How many articles were taken from the cache. */
    public int hits() {
        return hits.get();
    }

    /**
     * How long after a file was modified its size and modification time still do not tell it apart from a later
     * version: a save within the resolution of the file system's times (2 s on FAT, 1 s on HFS+ and ext3, a
     * clock tick of a few milliseconds on ext4) and of the same size gives the same stamp. Git calls such an
     * entry "racily clean".
     */
    public static final Duration RESOLUTION = Duration.ofSeconds(2);

    /**
     * Writes the cacheable articles of {@code files} to {@code file}, with their {@code digests}, for the next
     * build with {@code key}; those whose file was modified within {@link #RESOLUTION} of {@code stamped}, when
     * the build stamped the files, are left out: a save right after it would have the stamp they were read with.
     */
    public static void write(Path file, String key, Collection<ContentLoader.ArticleFile> files,
                             Function<Article, String> digests, Instant stamped) throws IOException {
        long settled = ChronoUnit.NANOS.between(Instant.EPOCH, stamped.minus(RESOLUTION));
        List<ContentLoader.ArticleFile> kept = files.stream().filter(f -> f.article() != null && f.stamp() != null
                && f.stamp().modified() < settled && f.problems().isEmpty() && f.article().extra().isEmpty()).toList();
        CheckedFile.write(file, out -> {
            out.writeInt(VERSION);
            string(out, key);
            out.writeInt(kept.size());
            for (ContentLoader.ArticleFile articleFile : kept) {
                string(out, articleFile.contentPath());
                out.writeLong(articleFile.stamp().size());
                out.writeLong(articleFile.stamp().modified());
                write(out, articleFile.article());
                string(out, digests.apply(articleFile.article()));
            }
        });
    }

    private static void write(DataOutputStream out, Article a) throws IOException {
        for (String text : new String[]{a.source(), a.contentPath(), a.language(), a.pathInLanguage(), a.slug(),
                a.title(), a.kicker(), a.subtitle(), a.summary(), a.translationKey()}) {
            string(out, text);
        }
        date(out, a.date());
        date(out, a.updated());
        out.writeInt(a.topics().size());
        for (String topic : a.topics()) {
            string(out, topic);
        }
        out.writeInt(a.authors().size());
        for (Author author : a.authors()) {
            string(out, author.key());
            string(out, author.name());
            string(out, author.role());
        }
        out.writeBoolean(a.image() != null);
        if (a.image() != null) {
            for (String text : new String[]{a.image().file(), a.image().alt(), a.image().caption(), a.image().credit()}) {
                string(out, text);
            }
        }
        out.writeInt(a.originalLine());
        out.writeBoolean(a.draft());
        out.writeInt(a.aliases().size());
        for (Alias alias : a.aliases()) {
            string(out, alias.path());
            string(out, alias.written());
            out.writeInt(alias.line());
        }
        out.writeInt(a.corrections().size());
        for (Correction correction : a.corrections()) {
            date(out, correction.date());
            string(out, correction.text());
        }
        out.writeBoolean(a.contact());
        string(out, a.series());
        FileBody body = (FileBody) a.body();
        string(out, body.file());
        string(out, body.source());
        out.writeInt(body.start());
        out.writeInt(body.length());
        out.writeInt(body.hash());
        string(out, body.digest());
        out.writeInt(a.bodyLine());
    }

    private static Article article(DataInputStream in) throws IOException {
        String source = string(in);
        String contentPath = string(in);
        String language = string(in);
        String pathInLanguage = string(in);
        String slug = string(in);
        String title = string(in);
        String kicker = string(in);
        String subtitle = string(in);
        String summary = string(in);
        String translationKey = string(in);
        OffsetDateTime date = date(in);
        OffsetDateTime updated = date(in);
        List<String> topics = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            topics.add(string(in));
        }
        List<Author> authors = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            authors.add(new Author(string(in), string(in), string(in)));
        }
        Image image = in.readBoolean() ? new Image(string(in), string(in), string(in), string(in)) : null;
        int originalLine = in.readInt();
        boolean draft = in.readBoolean();
        List<Alias> aliases = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            aliases.add(new Alias(string(in), string(in), in.readInt()));
        }
        List<Correction> corrections = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            corrections.add(new Correction(date(in), string(in)));
        }
        boolean contact = in.readBoolean();
        String series = string(in);
        FileBody body = new FileBody(string(in), string(in), in.readInt(), in.readInt(), in.readInt(), string(in));
        return new Article(source, contentPath, language, pathInLanguage, slug, title, date, updated, kicker,
                subtitle, summary, List.copyOf(topics), List.copyOf(authors), image, translationKey, originalLine, draft,
                Map.of(), List.copyOf(aliases), List.copyOf(corrections), contact, series, body, in.readInt(), 0);
    }

    private static void date(DataOutputStream out, OffsetDateTime date) throws IOException {
        out.writeBoolean(date != null);
        if (date != null) {
            out.writeLong(date.toEpochSecond());
            out.writeInt(date.getNano());
            out.writeInt(date.getOffset().getTotalSeconds());
        }
    }

    private static OffsetDateTime date(DataInputStream in) throws IOException {
        return in.readBoolean() ? OffsetDateTime.ofInstant(Instant.ofEpochSecond(in.readLong(), in.readInt()),
                ZoneOffset.ofTotalSeconds(in.readInt())) : null;
    }
}
