package org.broadsheet.persist;

import org.broadsheet.model.Article;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * SHA-256 digests of what a page, feed or index is made of, the same in every JVM, so that a build can
 * tell from the digests a previous build left on disk what it need not render again. An article
 * counts by its whole content (its record's text, body included), digested once per article object.
 */
public final class Digests {

    /**
     * A record class's accessors, looked up once: every page's signature is a record, digested every build
     * ({@link RecordComponent#getAccessor} copies its method at each call).
     */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toArray(Method[]::new);
        }
    };

    private final Map<Article, String> articles = new ConcurrentHashMap<>();
    private final Map<String, Keyed> keyed = new ConcurrentHashMap<>();

    /** The last value digested under a key, and its digest. */
    private record Keyed(Object value, String digest) {
    }

    /** The digest of {@code value}: lists, maps, optionals and records by their elements, articles by content. */
    public String of(Object value) {
        MessageDigest digest = sha256();
        add(digest, value);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The digest of {@code value}, the same as {@link #of(Object)}, without computing it again when the
     * value digested last under {@code key} equals it: in the preview most pages' inputs are the very
     * objects of the last build, and comparing them costs far less than digesting every page again on each save.
     */
    public String of(String key, Object value) {
        Keyed last = keyed.get(key);
        if (last != null && last.value().equals(value)) {
            return last.digest();
        }
        String digest = of(value);
        keyed.put(key, new Keyed(value, digest));
        return digest;
    }

    /**
     * Forgets the articles not in {@code current}, so that old versions of edited articles do not pile up,
     * and the keys that {@code currentKey} does not accept.
     */
    public void retain(Collection<Article> current, Predicate<String> currentKey) {
        articles.keySet().retainAll(new HashSet<>(current));
        keyed.keySet().removeIf(currentKey.negate());
    }

    /** Digests each of {@code articles} now, on all cores, so that the digests of lists of them find each one done. */
    public void prepare(Collection<Article> articles) {
        articles.parallelStream().forEach(this::article);
    }

    /** Takes {@code digest} as that of {@code article}, which it was in the build that read the article last. */
    public void remember(Article article, String digest) {
        articles.putIfAbsent(article, digest);
    }

    /** The digest of an article's whole content, made once per article object (or remembered). */
    public String article(Article article) {
        String known = articles.get(article);
        return known != null ? known : articles.computeIfAbsent(article, a -> {
            MessageDigest own = sha256();
            text(own, "", a.toString());
            return HexFormat.of().formatHex(own.digest());
        });
    }

    private void add(MessageDigest digest, Object value) {
        if (value instanceof Article article) {
            text(digest, "A", article(article));
        } else if (value instanceof List<?> list) {
            text(digest, "L", Integer.toString(list.size()));
            list.forEach(element -> add(digest, element));
        } else if (value instanceof Map<?, ?> map) {
            text(digest, "M", Integer.toString(map.size()));
            map.forEach((key, element) -> {
                add(digest, key);
                add(digest, element);
            });
        } else if (value instanceof Record record) {
            text(digest, "R", record.getClass().getName());
            for (Method accessor : ACCESSORS.get(record.getClass())) {
                add(digest, component(record, accessor));
            }
        } else if (value instanceof Optional<?> optional) {
            text(digest, "O", optional.isPresent() ? "1" : "0");
            optional.ifPresent(element -> add(digest, element));
        } else {
            text(digest, value == null ? "N" : value.getClass().getSimpleName(), String.valueOf(value));
        }
    }

    private static Object component(Record record, Method accessor) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record's accessor is public: " + accessor, e);
        }
    }

    /** A tag and a length-prefixed text, so that no two different values feed the same bytes. */
    private static void text(MessageDigest digest, String tag, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(tag.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
