package org.broadsheet.deploy;

/**
 * What a deploy did (or, in a dry run, would do).
 *
 * @param uploaded  files uploaded
 * @param bytes     their size
 * @param unchanged files the bucket held as they are
 * @param deleted   objects deleted
 */
public record DeployResult(int uploaded, long bytes, int unchanged, int deleted, boolean dryRun) {

    public String summary() {
        return (dryRun ? "dry run, nothing changed: would upload " : "uploaded ") + uploaded + " files ("
                + Progress.size(bytes) + "), " + unchanged + " unchanged, " + (dryRun ? "would delete " : "deleted ")
                + deleted;
    }
}
