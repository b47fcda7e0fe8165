package org.broadsheet.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Files that hold the keys to something — a private key, a password store, credentials, a deploy's state — which
 * end up beside articles when a folder is copied in whole (a home folder's {@code id_rsa}, a server's
 * {@code privkey.pem}, a cloud service account's JSON key). A static host serves whatever is published, so none of
 * them is published, however an article names it; hidden files ({@code .env}, {@code .git/}, {@code .htpasswd}) never
 * are, being no content at all ({@link ContentPaths#hidden}).
 */
public final class SecretFiles {

    /** Names of private keys and credential files, in lower case: OpenSSH's keys, Rails' master key, Windows' netrc. */
    private static final Set<String> NAMES = Set.of("id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk",
            "id_ed25519_sk", "master.key", "_netrc", "_pgpass", "credentials");
    /**
     * Extensions of key stores and password databases (PuTTY, PKCS #12, Java, KeePass) and of Terraform's state, which
     * holds the secrets of what it deployed; in lower case. Not {@code .key}, which is also Keynote's: a PEM key is told
     * by its text.
     */
    private static final Set<String> EXTENSIONS = Set.of("ppk", "p12", "pfx", "jks", "keystore", "kdbx", "tfstate");
    /** What the text of a private key or credentials holds near its start: PEM, PuTTY, AWS's credentials file. */
    private static final List<String> MARKS = List.of("PRIVATE KEY-----", "PuTTY-User-Key-File-",
            "aws_secret_access_key");
    /** How far into a file its marks are looked for: a JSON key file holds its PEM key after a few short fields. */
    private static final int SNIFFED = 8 * 1024;

    /** What a problem says after naming such a file. */
    public static final String MESSAGE = "holds a private key or other credentials, which Broadsheet never publishes: "
            + "remove the link, and move the file out of content/ (and out of the repository's history)";

    private SecretFiles() {
    }

    /** Whether {@code file}, a regular file, holds a key or credentials by its name or its first bytes. */
    public static boolean secret(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (NAMES.contains(name) || dot > 0 && EXTENSIONS.contains(name.substring(dot + 1))) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFFED), StandardCharsets.ISO_8859_1);
            return MARKS.stream().anyMatch(head::contains);
        } catch (IOException e) {
            // a file that cannot be read is not published either: copying it fails and is reported
            return false;
        }
    }
}
