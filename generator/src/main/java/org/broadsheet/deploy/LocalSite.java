package org.broadsheet.deploy;

import org.broadsheet.output.FileKind;
import org.broadsheet.output.Redirects;
import org.broadsheet.output.Manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the built site for a deploy: every regular file of {@code site/} but the build's own manifest and hidden
 * files. No build writes a hidden file for a bucket; one in {@code site/} was put there by other means (a
 * {@code .git} folder where the site is kept in git, an {@code .env}, Finder's {@code .DS_Store}) and may hold
 * credentials, which a public bucket would serve to anyone.
 */
final class LocalSite {

    /** Redirect pages are small; larger HTML is read for its digest only. */
    private static final long REDIRECT_PAGE = 4096;

    private LocalSite() {
    }

    /**
     * The files of {@code siteDir}, in the order of publishing: by stage, then by path.
     *
     * @param hidden gets each hidden file or folder left out, relative to {@code siteDir} ({@code .git}), in order
     */
    static List<LocalFile> scan(Path siteDir, Consumer<String> hidden) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Files.walkFileTree(siteDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(siteDir) && dir.getFileName().toString().startsWith(".")) {
                    leftOut.add(relative(siteDir, dir));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.equals(siteDir.resolve(Manifest.FILE))) {
                    return FileVisitResult.CONTINUE;
                }
                if (file.getFileName().toString().startsWith(".")) {
                    leftOut.add(relative(siteDir, file));
                } else if (attributes.isRegularFile()) {
                    // a symbolic link may lead out of site/: only what the build wrote is published
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        leftOut.stream().sorted().forEach(hidden);
        try {
            return files.parallelStream()
                    .map(file -> relative(siteDir, file))
                    .map(path -> read(siteDir, path))
                    .sorted(Comparator.comparingInt(LocalFile::stage).thenComparing(LocalFile::path))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The path of {@code file} in {@code siteDir}, as a key names it: {@code /} between parts, in NFC. */
    private static String relative(Path siteDir, Path file) {
        return Normalizer.normalize(siteDir.relativize(file).toString().replace('\\', '/'), Normalizer.Form.NFC);
    }

    private static LocalFile read(Path siteDir, String path) {
        Path file = siteDir.resolve(path);
        try {
            long size = Files.size(file);
            String redirect = null;
            if (path.endsWith(".html") && size <= REDIRECT_PAGE) {
                redirect = Redirects.target(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).orElse(null);
            }
            Bucket.Headers headers = new Bucket.Headers(FileKind.contentType(path), FileKind.cacheControl(path), redirect);
            // a redirect goes up with the lists, after the article it leads to
            int stage = redirect != null ? FileKind.LIST.stage() : FileKind.of(path).stage();
            return new LocalFile(path, file, size, digest(file, headers), headers, stage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The digest of the file's bytes, read in pieces (a video need not fit in memory), and of its headers. */
    private static String digest(Path file, Bucket.Headers headers) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        digest.update(("\n" + headers.contentType() + "\n" + headers.cacheControl() + "\n" + headers.redirect())
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }
}
