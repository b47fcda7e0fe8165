import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.Generator;
import org.broadsheet.build.SiteBuilder;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The engine alone, in one JVM: builds a site project (a bench/run.sh corpus) RUNS times, each a full
 * build into an empty output folder, and prints each build's time, the CPU time of the whole JVM
 * (compilers and collector included; less disturbed than wall time by other work on a shared
 * machine), its stage times, and article pages per second. The first runs include JIT warm-up; the
 * last ones show the warm engine. With SAVES, it then builds as the preview does (drafts included, one
 * builder) and saves one article SAVES times, each followed by the builder's rebuild of that file, printing
 * each save's time and CPU time and the medians of the last half. Run through bench/engine.sh.
 */
public class EngineBench {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int saves = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path out = Files.createTempDirectory("broadsheet-bench");
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= runs; run++) {
            delete(out);
            // the last build's pages and the deletion are flushed to disk now, not during the next build
            new ProcessBuilder("sync").inheritIO().start().waitFor();
            StringBuilder stages = new StringBuilder();
            BuildLog log = new BuildLog() {
                @Override
                public void info(String message) {
                    if (message.matches("\\w+ +\\d+ ms .*")) {
                        String[] parts = message.trim().split(" +");
                        stages.append(parts[0]).append(' ').append(parts[1]).append("  ");
                    }
                }

                @Override
                public void warn(String message) {
                }
            };
            BuildOptions options = BuildOptions.standard(project).withOutput(out.resolve("site"), out.resolve("work"));
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            BuildResult result = Generator.build(options, log);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            check(result);
            long articles;
            try (Stream<Path> files = Files.walk(out.resolve("site"))) {
                articles = files.filter(f -> f.toString().matches(".*/(en|ko)/\\d{4}/\\d\\d/[^/]+/index\\.html")).count();
            }
            System.out.printf("run %d: %6.2f s  cpu %6.2f s  %,6.0f article pages/s  (%d article pages)   %s%n",
                    run, seconds, cpu, articles / seconds, articles, stages);
        }
        if (saves > 0) {
            delete(out);
            saves(project, out, saves, os);
        }
        delete(out);
    }

    /** The preview's rebuilds after saves of one article, which is restored afterwards. */
    private static void saves(Path project, Path out, int saves, OperatingSystemMXBean os) throws Exception {
        BuildOptions options = BuildOptions.standard(project).withDrafts(true).withOutput(out.resolve("site"),
                out.resolve("work"));
        SiteBuilder preview = new SiteBuilder(options, BuildLog.SILENT);
        check(preview.build());
        Path article;
        try (Stream<Path> files = Files.walk(project.resolve("content/en"))) {
            article = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(article);
        List<Double> times = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        try {
            for (int save = 1; save <= saves; save++) {
                Files.writeString(article, original + "\nSave " + save + ".\n");
                long start = System.nanoTime();
                long cpuStart = os.getProcessCpuTime();
                check(preview.build(List.of(article)));
                double millis = (System.nanoTime() - start) / 1e6;
                double cpu = (os.getProcessCpuTime() - cpuStart) / 1e6;
                System.out.printf("save %d: %6.0f ms  cpu %6.0f ms%n", save, millis, cpu);
                if (save > saves / 2) {
                    times.add(millis);
                    cpus.add(cpu);
                }
            }
        } finally {
            Files.writeString(article, original);
        }
        System.out.printf("saves %d-%d: median %.0f ms, cpu %.0f ms%n", saves / 2 + 1, saves, median(times),
                median(cpus));
    }

    private static void check(BuildResult result) {
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(result.problems().get(0).toString());
        }
    }

    private static double median(List<Double> values) {
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    private static void delete(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(dir);
    }
}
