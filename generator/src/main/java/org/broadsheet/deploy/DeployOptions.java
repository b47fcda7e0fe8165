package org.broadsheet.deploy;

import org.broadsheet.model.DeploySettings;

import java.nio.file.Path;

/**
 * What to deploy and where.
 *
 * @param siteDir     the built site, uploaded as it is
 * @param target      the bucket, prefix, region, endpoint, path style and deletion limit (from {@link Deployer#settings})
 * @param credentials the access key, or null for the AWS SDK's default chain (environment, profile files, instance role)
 * @param dryRun      only list what would be uploaded and deleted
 * @param force       upload every file, changed or not
 * @param threads     uploads at once
 */
public record DeployOptions(Path siteDir, DeploySettings target, Credentials credentials, boolean dryRun,
                            boolean force, int threads) {

    /** As {@code hugo deploy}: more deletions than this in one deploy are refused unless the limit is raised. */
    public static final int MAX_DELETES = 256;
    public static final int THREADS = 8;

    /** How many objects one deploy may delete; negative for no limit. */
    public int maxDeletes() {
        return target.maxDeletes() == null ? MAX_DELETES : target.maxDeletes();
    }

    /** The folder of the bucket that holds the site: empty, or ending with {@code /}. */
    public String prefix() {
        String prefix = target.prefix() == null ? "" : target.prefix().replaceAll("^/+|/+$", "");
        return prefix.isEmpty() ? "" : prefix + "/";
    }
}
