package org.broadsheet.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work a build starts on a daemon thread of its own (reading the YAML library, parsing the theme,
 * digesting the generator, reading the kept articles), so that the cores' pool stays the build's and
 * a fresh JVM does those slow first steps while it reads the content.
 */
final class OwnThread {

    /** Work that may fail on a file. */
    interface FileWork<T> {
        T call() throws IOException;
    }

    private OwnThread() {
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    static <T> CompletableFuture<T> start(String name, FileWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** What work started by {@link #start} gave, or the error that stopped it. */
    static <T> T joined(CompletableFuture<T> work) throws IOException {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }
}
