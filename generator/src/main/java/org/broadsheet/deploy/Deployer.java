package org.broadsheet.deploy;

import org.broadsheet.build.BuildLog;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.diag.Problem;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.DeploySettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Publishes the built site to a bucket of S3-compatible storage: uploads the files that are new or changed,
 * stage by stage (media and assets, then article pages, then lists, feeds, sitemaps and the homes), and
 * deletes what the site no longer has last, so that no published page ever links to what is not there yet.
 * What was uploaded is recorded in the bucket as it goes ({@link DeployManifest}), so that a deploy stopped
 * at any point and run again uploads what is missing and ends with the bucket holding the site.
 */
public final class Deployer {

    /** How often a long stage records its progress in the bucket, so that a stopped deploy loses little. */
    private static final long CHECKPOINT_NANOS = 60_000_000_000L;
    private static final Bucket.Headers MANIFEST_HEADERS = new Bucket.Headers("text/plain; charset=utf-8", "no-store", null);

    private final DeployOptions options;
    private final Bucket bucket;
    private final BuildLog log;
    private final DeployManifest manifest;
    private long lastCheckpoint = System.nanoTime();

    private Deployer(DeployOptions options, Bucket bucket, BuildLog log, DeployManifest manifest) {
        this.options = options;
        this.bucket = bucket;
        this.log = log;
        this.manifest = manifest;
    }

    /**
     * The {@code deploy:} settings of {@code content/site.yml} under {@code overrides} (the command line's);
     * a problem of the settings fails, named as the build names it.
     */
    public static DeploySettings settings(Path projectRoot, Path contentDir, DeploySettings overrides)
            throws DeployException, IOException {
        Problems problems = new Problems();
        Path root = projectRoot.toAbsolutePath().normalize();
        Path content = contentDir.toAbsolutePath().normalize();
        String prefix = (content.startsWith(root) ? root.relativize(content).toString().replace('\\', '/') : content.toString()) + "/";
        DeploySettings site = new ContentLoader(contentDir, prefix, new Markdown(false)).settings(problems).config().deploy();
        if (!problems.isEmpty()) {
            throw new DeployException("the settings have problems; fix them first:\n" + problems.sorted().stream()
                    .map(Problem::toString).collect(Collectors.joining("\n")));
        }
        return overrides.over(site);
    }

    /** Deploys {@code options.siteDir()} as it is, to the bucket that {@code buckets} opens. */
    public static DeployResult run(DeployOptions options, Bucket.Opener buckets, BuildLog log)
            throws DeployException, IOException {
        if (options.target().bucket() == null) {
            throw new DeployException("no bucket to deploy to: set deploy.bucket in content/site.yml or "
                    + "-Dbroadsheet.bucket=…");
        }
        List<LocalFile> files = Files.isDirectory(options.siteDir()) ? LocalSite.scan(options.siteDir(), hidden ->
                log.warn(options.siteDir().getFileName() + "/" + hidden + ": hidden, so not uploaded (no build writes a "
                        + "hidden file; one in site/, such as .git or .env, may hold what must not be public)"))
                : List.of();
        if (files.isEmpty()) {
            throw new DeployException(options.siteDir() + " has no files to deploy: build the site first (mvn package)");
        }
        try (Bucket bucket = buckets.open(options)) {
            return run(options, bucket, files, log);
        }
    }

    /** Deploys {@code files} (the site, in the order of publishing) to {@code bucket}. */
    static DeployResult run(DeployOptions options, Bucket bucket, List<LocalFile> files, BuildLog log)
            throws DeployException {
        String prefix = options.prefix();
        DeployManifest manifest = bucket.read(prefix + DeployManifest.NAME).map(DeployManifest::parse)
                .orElseGet(DeployManifest::new);
        DeployPlan plan = DeployPlan.of(files, bucket.list(prefix), manifest, prefix, options.force());
        int limit = options.maxDeletes();
        if (options.dryRun()) {
            plan.uploads().forEach(upload -> log.info("would upload " + upload.file().path()
                    + (upload.isNew() ? " (new)" : " (changed)")));
            plan.deletions().forEach(key -> log.info("would delete " + key));
        }
        if (limit >= 0 && plan.deletions().size() > limit) {
            throw new DeployException("refusing to delete " + plan.deletions().size() + " objects from the bucket "
                    + "(at most " + limit + " at once), so nothing was changed: check that the site is built and that "
                    + "deploy.prefix is right; to delete them, run again with -Dbroadsheet.maxDeletes=-1 (no limit)");
        }
        if (options.dryRun()) {
            return new DeployResult(plan.uploads().size(), plan.uploadBytes(), plan.unchanged(),
                    plan.deletions().size(), true);
        }
        log.info("deploy: " + plan.uploads().size() + " of " + files.size() + " files to upload ("
                + Progress.size(plan.uploadBytes()) + "), " + plan.deletions().size() + " to delete");
        return new Deployer(options, bucket, log, manifest).execute(plan);
    }

    private DeployResult execute(DeployPlan plan) throws DeployException {
        Progress progress = new Progress(plan.uploads().size(), plan.uploadBytes(), log, System::nanoTime);
        AtomicBoolean redirectsDropped = new AtomicBoolean();
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), task -> {
            Thread thread = new Thread(task, "broadsheet-deploy");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (List<DeployPlan.Upload> stage : stages(plan.uploads())) {
                List<Future<?>> uploads = new ArrayList<>();
                for (DeployPlan.Upload upload : stage) {
                    uploads.add(submit(pool, failed, () -> {
                        upload(upload.file(), redirectsDropped);
                        progress.uploaded(upload.file().size());
                    }));
                }
                awaitAll(uploads);
                saveManifest();
            }
            if (!plan.deletions().isEmpty()) {
                List<Future<?>> deletions = new ArrayList<>();
                for (String key : plan.deletions()) {
                    deletions.add(submit(pool, failed, () -> {
                        bucket.delete(key);
                        manifest.remove(key.substring(options.prefix().length()));
                    }));
                }
                awaitAll(deletions);
                saveManifest();
            }
        } finally {
            pool.shutdownNow();
        }
        return new DeployResult(plan.uploads().size(), plan.uploadBytes(), plan.unchanged(), plan.deletions().size(), false);
    }

    /** A request to the bucket. */
    private interface Work {
        void run() throws DeployException;
    }

    /** Runs {@code work} on the pool, unless an earlier one {@code failed}: an unreachable storage fails each slowly. */
    private static Future<?> submit(ExecutorService pool, AtomicBoolean failed, Work work) {
        return pool.submit(() -> {
            if (failed.get()) {
                return null;
            }
            try {
                work.run();
            } catch (DeployException | RuntimeException e) {
                failed.set(true);
                throw e;
            }
            return null;
        });
    }

    private void upload(LocalFile file, AtomicBoolean redirectsDropped) throws DeployException {
        Bucket.Written written = bucket.write(options.prefix() + file.path(), file.file(), file.headers());
        manifest.put(file.path(), new DeployManifest.Entry(written.etag(), file.digest()));
        if (written.redirectDropped() && redirectsDropped.compareAndSet(false, true)) {
            log.warn("the storage does not take S3 website redirects (x-amz-website-redirect-location); aliases "
                    + "are answered by their redirect pages");
        }
        checkpointWhenDue();
    }

    private void checkpointWhenDue() throws DeployException {
        synchronized (manifest) {
            if (System.nanoTime() - lastCheckpoint < CHECKPOINT_NANOS) {
                return;
            }
            lastCheckpoint = System.nanoTime();
        }
        saveManifest();
    }

    private void saveManifest() throws DeployException {
        bucket.write(options.prefix() + DeployManifest.NAME, manifest.bytes(), MANIFEST_HEADERS);
    }

    /**
     * Waits for every request of a stage; the first failure is thrown once the others have ended, after
     * what was done is recorded.
     */
    private void awaitAll(List<Future<?>> uploads) throws DeployException {
        DeployException failure = null;
        for (Future<?> upload : uploads) {
            try {
                upload.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof DeployException d ? d
                            : new DeployException("upload failed: " + e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new DeployException("the deploy was interrupted; run it again to finish");
                break;
            }
        }
        if (failure != null) {
            try {
                saveManifest();
            } catch (DeployException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
    }

    /** The uploads grouped by stage, in order. */
    private static List<List<DeployPlan.Upload>> stages(List<DeployPlan.Upload> uploads) {
        List<List<DeployPlan.Upload>> stages = new ArrayList<>();
        int current = Integer.MIN_VALUE;
        for (DeployPlan.Upload upload : uploads) {
            if (upload.file().stage() != current) {
                current = upload.file().stage();
                stages.add(new ArrayList<>());
            }
            stages.get(stages.size() - 1).add(upload);
        }
        return stages;
    }
}
