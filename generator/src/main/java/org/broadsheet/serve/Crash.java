package org.broadsheet.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * What the writer is told of a rebuild that threw instead of giving a result. A failure to read or write (a full
 * disk, a folder that cannot be read) is the machine's, to be fixed there; anything else is a bug of Broadsheet,
 * which the writer cannot fix and should report, with the stack trace that says where it failed.
 *
 * @param problem what the open pages show, in one line
 * @param console what the console shows: the problem, then the stack trace
 */
record Crash(String problem, String console) {

    static Crash of(Throwable failure) {
        String problem = failure instanceof IOException || failure instanceof UncheckedIOException
                ? "Broadsheet could not rebuild the site: " + failure + "; see the console, and save again"
                : "internal error: Broadsheet failed with " + failure + where(failure) + ". This is a bug of Broadsheet,"
                + " not a problem of your files: please report it to whoever maintains the generator (the generator/"
                + " folder of this project), with the stack trace printed in the console. The preview keeps the last"
                + " good build and builds your next save as usual";
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return new Crash(problem, problem + "\n" + trace.toString().stripTrailing());
    }

    private static String where(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return frames.length == 0 ? "" : " at " + frames[0].getClassName() + "." + frames[0].getMethodName();
    }
}
