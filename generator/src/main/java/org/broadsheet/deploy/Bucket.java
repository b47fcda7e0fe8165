package org.broadsheet.deploy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The storage a site is deployed to, as the deploy uses it: list, read, write and delete objects by key. */
public interface Bucket extends AutoCloseable {

    /** Opens the bucket that deploy options name. */
    @FunctionalInterface
    interface Opener {
        Bucket open(DeployOptions options) throws DeployException;
    }

    /** An object as a listing shows it. */
    record Listed(String key, String etag, long size) {
    }

    /** How an object is served: its headers, and the address it redirects to (or null). */
    record Headers(String contentType, String cacheControl, String redirect) {
    }

    /** The outcome of a write: the object's ETag, and whether the storage refused the redirect (and served the page). */
    record Written(String etag, boolean redirectDropped) {
    }

    /** Every object whose key starts with {@code prefix}, by key. */
    Map<String, Listed> list(String prefix) throws DeployException;

    Optional<byte[]> read(String key) throws DeployException;

    Written write(String key, Path file, Headers headers) throws DeployException;

    Written write(String key, byte[] bytes, Headers headers) throws DeployException;

    void delete(String key) throws DeployException;

    @Override
    void close();
}
