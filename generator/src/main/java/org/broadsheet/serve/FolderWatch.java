package org.broadsheet.serve;

import java.io.IOException;

/** How the preview learns of changes under {@code content/} and {@code templates/}: the system's events, or polling. */
interface FolderWatch extends AutoCloseable {

    /** Whether this watch must be started again, having stopped or lost sight of a folder. */
    boolean replaced();

    @Override
    void close() throws IOException;
}
