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

/** Reads the built site for a deploy: every regular file of {@code site/} but the build's own manifest. */
final class LocalSite {

    /** Redirect pages are small; larger HTML is read for its digest only. */
    private static final long REDIRECT_PAGE = 4096;

    private LocalSite() {
    }

    /** The files of {@code siteDir}, in the order of publishing: by stage, then by path. */
    static List<LocalFile> scan(Path siteDir) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(siteDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // a symbolic link may lead out of site/: only what the build wrote is published
                if (attributes.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        try {
            return files.parallelStream()
                    .map(file -> Normalizer.normalize(siteDir.relativize(file).toString().replace('\\', '/'),
                            Normalizer.Form.NFC))
                    .filter(path -> !path.equals(Manifest.FILE))
                    .map(path -> read(siteDir, path))
                    .sorted(Comparator.comparingInt(LocalFile::stage).thenComparing(LocalFile::path))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
