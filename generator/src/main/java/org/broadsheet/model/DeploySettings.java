package org.broadsheet.model;

/**
 * The {@code deploy:} settings of {@code site.yml}: where {@code broadsheet:deploy} uploads the site. Each may
 * be absent (null), and each is overridden by its {@code -Dbroadsheet.*} property.
 *
 * @param bucket     the bucket's name
 * @param prefix     the folder of the bucket that holds the site ({@code ""} for its root)
 * @param region     the storage's region, e.g. {@code eu-west-1}, or {@code auto} for Cloudflare R2
 * @param endpoint   the storage's address when it is not AWS S3, e.g. {@code https://<account>.r2.cloudflarestorage.com}
 * @param pathStyle  whether the bucket is named in the path rather than in the host name (MinIO and most
 *                   servers of one's own need it)
 * @param maxDeletes how many objects one deploy may delete; {@code -1} for no limit
 * @param server     the id of the {@code <server>} of Maven's {@code settings.xml} that holds the credentials
 */
public record DeploySettings(String bucket, String prefix, String region, String endpoint, Boolean pathStyle,
                             Integer maxDeletes, String server) {

    public static final DeploySettings NONE = new DeploySettings(null, null, null, null, null, null, null);

    /** These settings where they are given, else those of {@code base}. */
    public DeploySettings over(DeploySettings base) {
        return new DeploySettings(or(bucket, base.bucket), or(prefix, base.prefix), or(region, base.region),
                or(endpoint, base.endpoint), or(pathStyle, base.pathStyle), or(maxDeletes, base.maxDeletes),
                or(server, base.server));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
