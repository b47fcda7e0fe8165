package org.broadsheet.build;

import com.sun.management.HotSpotDiagnosticMXBean;

import javax.management.JMException;
import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The JIT's optimizing compiler (C2) turned off for the rest of a JVM whose one build is a repeated one, such as
 * {@code mvn package} on a site built before. Such a build lists, reads and compares the whole archive and renders
 * a few pages; compiling that code a second time, optimised, costs more than the optimised code saves before the
 * JVM ends (at 10,000 article pairs about a sixth of a repeated build's CPU; bench/README.md). The JVM's options
 * cannot make the choice, since {@code .mvn/jvm.config} is read before anyone knows which kind of build will run,
 * so the build makes it, through HotSpot's compiler directives: a method then gets C1's code without the profiling
 * that C2 would have used. Nothing is done where C2 is off already (the C1 line of {@code .mvn/jvm.config}) or the
 * JVM has no such directives; the build is the same either way, only its speed differs.
 */
final class OptimizingCompiler {

    /** Every method excluded from C2. */
    private static final String ONLY_C1 = "[{match: \"*.*\", c2: {Exclude: true}}]";

    /** Whether the directive was added, once that is known; null while C2 is on. */
    private static CompletableFuture<Boolean> turnedOff;

    private OptimizingCompiler() {
    }

    /**
     * Turns C2 off for this JVM, unless it is off already, writing the directive to {@code directives}: on a thread
     * of its own, as the management classes take a fresh JVM about a quarter of a second of CPU when C2 is on, and
     * a twentieth to find that it is off.
     */
    static synchronized void off(Path directives) {
        if (turnedOff != null) {
            return;
        }
        turnedOff = OwnThread.start("broadsheet-compilers", () -> {
            try {
                HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                if (hotSpot == null || "1".equals(hotSpot.getVMOption("TieredStopAtLevel").getValue())) {
                    return false;
                }
                Files.writeString(directives, ONLY_C1);
                command("compilerDirectivesAdd", directives.toString());
                return true;
            } catch (JMException | IOException | RuntimeException | LinkageError notHotSpot) {
                // C2 stays on, which slows this build without changing it
                return false;
            }
        });
    }

    /**
     * Turns C2 on again if {@link #off} turned it off: for a build that turns out to render everything after all,
     * or a builder that builds again and again (the preview, after {@code mvn package} in the same command). The
     * methods that C2 was refused for until now keep C1's code.
     */
    static synchronized void on() {
        if (turnedOff == null) {
            return;
        }
        boolean added = settled();
        turnedOff = null;
        if (added) {
            try {
                command("compilerDirectivesRemove");
            } catch (JMException | RuntimeException notHotSpot) {
                // C2 stays off, which slows the builds to come without changing them
            }
        }
    }

    /** Waits for {@link #off} to be done, so that no thread of the build outlives it; whether C2 is off. */
    static synchronized boolean settled() {
        return turnedOff != null && turnedOff.exceptionally(failed -> false).join();
    }

    /** Runs the HotSpot diagnostic command {@code operation} (jcmd's {@code Compiler.directives_add} and kin). */
    private static void command(String operation, String... arguments) throws JMException {
        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                operation, new Object[]{arguments}, new String[]{String[].class.getName()});
    }
}
