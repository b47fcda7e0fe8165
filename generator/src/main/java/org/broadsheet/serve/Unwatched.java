package org.broadsheet.serve;

import java.util.Locale;

/** What a writer is told when the system cannot watch the preview's folders, and the preview polls them instead. */
final class Unwatched {

    private Unwatched() {
    }

    /** The warning for {@code refusal}, naming the limit to raise, and how, where the message says which. */
    static String advice(Watch.Unavailable refusal) {
        String reason = refusal.getMessage() == null ? refusal.getCause().toString() : refusal.getMessage();
        String said = reason.toLowerCase(Locale.ROOT);
        String limit = said.contains("inotify instances") ? "fs.inotify.max_user_instances=1024"
                : said.contains("inotify watches") ? "fs.inotify.max_user_watches=524288" : null;
        String fix = limit == null ? "restart the preview once that is fixed"
                : "raise the system's limit with: sudo sysctl " + limit + " (to keep it after a reboot, add the line "
                + limit + " to /etc/sysctl.d/90-inotify.conf), then restart the preview";
        return "file watching is unavailable (" + reason + "): the preview looks for changed files every second or so"
                + " instead (less often on a large site), so a save takes longer to show; to watch again, " + fix;
    }
}
