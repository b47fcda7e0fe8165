package org.broadsheet.deploy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What the last deploys uploaded, kept in the bucket beside the site: for each path, the ETag the storage
 * gave the object and the digest of what was uploaded. A file is up to date when the bucket still holds an
 * object with that ETag and the file's digest is unchanged. An object changed by other means gets
 * another ETag, and is uploaded again.
 */
final class DeployManifest {

    /** The manifest's key below the prefix. */
    static final String NAME = ".broadsheet-deploy";
    private static final String HEADER = "# broadsheet deploy manifest 1: path, ETag, digest";

    /** What was uploaded to a path. */
    record Entry(String etag, String digest) {
    }

    private final Map<String, Entry> entries = new ConcurrentSkipListMap<>();

    DeployManifest() {
    }

    /** The manifest as stored; a manifest of another format is taken as empty, so that everything is uploaded. */
    static DeployManifest parse(byte[] bytes) {
        DeployManifest manifest = new DeployManifest();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            return manifest;
        }
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split("\t");
            if (fields.length == 3) {
                manifest.entries.put(fields[0], new Entry(fields[1], fields[2]));
            }
        }
        return manifest;
    }

    Entry get(String path) {
        return entries.get(path);
    }

    void put(String path, Entry entry) {
        entries.put(path, entry);
    }

    void remove(String path) {
        entries.remove(path);
    }

    byte[] bytes() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(entries).forEach((path, entry) ->
                text.append(path).append('\t').append(entry.etag()).append('\t').append(entry.digest()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
