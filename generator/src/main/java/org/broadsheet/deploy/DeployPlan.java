package org.broadsheet.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a deploy does: the files to upload, in the order of publishing, with the reason for each, and the
 * objects to delete (last). Files the bucket holds as they are stay untouched.
 *
 * @param uploads   new and changed files, by stage, then path
 * @param deletions keys below the prefix (the manifest aside) that the site no longer has
 * @param unchanged how many files are already in the bucket as they are
 */
record DeployPlan(List<Upload> uploads, List<String> deletions, int unchanged) {

    /** A file to upload, and whether the bucket has it at all. */
    record Upload(LocalFile file, boolean isNew) {
    }

    /**
     * @param files    the site, in the order of publishing
     * @param objects  the bucket's objects below {@code prefix}, by key
     * @param manifest what the last deploys uploaded
     * @param force    upload every file
     */
    static DeployPlan of(List<LocalFile> files, Map<String, Bucket.Listed> objects, DeployManifest manifest,
                         String prefix, boolean force) {
        List<Upload> uploads = new ArrayList<>();
        int unchanged = 0;
        for (LocalFile file : files) {
            Bucket.Listed object = objects.get(prefix + file.path());
            DeployManifest.Entry entry = manifest.get(file.path());
            boolean current = object != null && entry != null && entry.etag().equals(object.etag())
                    && entry.digest().equals(file.digest());
            if (current && !force) {
                unchanged++;
            } else {
                uploads.add(new Upload(file, object == null));
            }
        }
        Set<String> keys = files.stream().map(file -> prefix + file.path()).collect(Collectors.toSet());
        List<String> deletions = new ArrayList<>(new TreeSet<>(objects.keySet()));
        deletions.removeIf(key -> keys.contains(key) || key.equals(prefix + DeployManifest.NAME));
        return new DeployPlan(List.copyOf(uploads), List.copyOf(deletions), unchanged);
    }

    long uploadBytes() {
        return uploads.stream().mapToLong(upload -> upload.file().size()).sum();
    }
}
