package org.broadsheet.migrate;

import java.util.Locale;
import java.util.Optional;

/**
 * The shortcodes that embedded another site's content — a player of YouTube, Vimeo, Bilibili or Tencent (Blowfish's
 * {@code youtubeLite} too), a gist, a post on X or Instagram, Blowfish's card of a repository ({@code github}, and of
 * other forges, {@link RepositoryCards}), Stack's player of a video file on another host: a link to what they showed,
 * which Broadsheet's pages show without loading that site.
 */
final class EmbedShortcodes {

    private EmbedShortcodes() {
    }

    /** The link that the shortcode {@code name} with {@code arguments} stands for, or empty when it embeds nothing known. */
    static Optional<String> link(String name, ShortcodeArguments arguments) {
        return Optional.ofNullable(made(name, arguments));
    }

    private static String made(String name, ShortcodeArguments arguments) {
        switch (name) {
            case "youtube", "youtubeLite" -> {
                // Blowfish's youtubeLite loaded YouTube's player when clicked, and its label named the video
                String id = arguments.get("id", 0);
                if (id != null) {
                    String title = arguments.get("title", -1) != null ? arguments.get("title", -1)
                            : arguments.get("label", -1);
                    return "[" + ImageFiles.linkText(title == null ? "YouTube video " + id : title)
                            + "](https://www.youtube.com/watch?v=" + id + ")";
                }
            }
            case "vimeo", "vimeo_simple" -> {
                // Hugo's vimeo_simple, like its twitter_simple and x_simple below, showed the same as a card without a player
                String id = arguments.get("id", 0);
                if (id != null) {
                    String title = arguments.get("title", -1);
                    return "[" + ImageFiles.linkText(title == null ? "Vimeo video " + id : title) + "](https://vimeo.com/"
                            + id + ")";
                }
            }
            case "gist" -> {
                String user = arguments.get("user", 0);
                String id = arguments.get("id", 1);
                if (user != null && id != null) {
                    String file = arguments.get("file", 2);
                    // GitHub names a gist's file in lower case in its fragment
                    return "[" + ImageFiles.linkText("Gist " + (file == null ? user + "/" + id : file))
                            + "](https://gist.github.com/" + user + "/"
                            + id + (file == null ? "" : "#file-" + file.replaceAll("[^A-Za-z0-9_-]", "-")
                            .toLowerCase(Locale.ROOT)) + ")";
                }
            }
            case "tweet", "twitter", "x", "twitter_simple", "x_simple" -> {
                String user = arguments.get("user", -1);
                String id = arguments.get("id", user == null ? 0 : -1);
                if (id != null) {
                    return user == null ? "[A post on X](https://x.com/i/status/" + id + ")"
                            : "[" + ImageFiles.linkText("A post by @" + user + " on X") + "](https://x.com/" + user
                            + "/status/" + id + ")";
                }
            }
            case "github" -> {
                // Blowfish's card of a repository, which showed its name, description and stars; a site's own
                // github shortcode that shows one of its files (file=…) is kept
                String repo = arguments.get("repo", -1);
                if (repo != null && repo.matches("[\\w.-]+/[\\w.-]+") && arguments.get("file", -1) == null) {
                    return "[" + ImageFiles.linkText(repo) + "](https://github.com/" + repo + ")";
                }
            }
            case "codeberg", "gitea", "forgejo", "gitlab", "huggingface" -> {
                // Blowfish's cards of a repository or a model elsewhere, which showed its name and description
                var card = RepositoryCards.link(name, arguments::get);
                if (card.isPresent()) {
                    return card.get();
                }
            }
            case "instagram" -> {
                String id = arguments.get("id", 0);
                if (id != null) {
                    return "[An Instagram post](https://www.instagram.com/p/" + id + "/)";
                }
            }
            case "bilibili", "tencent" -> {
                // Stack's players of Chinese video sites, which showed the video of that id
                String id = arguments.get("id", 0);
                if (id != null && name.equals("bilibili") && id.matches("BV[0-9A-Za-z]{10}|av\\d{1,12}")) {
                    return "[Bilibili video " + id + "](https://www.bilibili.com/video/" + id + "/)";
                }
                if (id != null && name.equals("tencent") && id.matches("[0-9a-z]{11}")) {
                    return "[Tencent video " + id + "](https://v.qq.com/x/page/" + id + ".html)";
                }
            }
            case "video" -> {
                // Stack's player of a video file on another host; one of the old site's own files is kept, reported
                String src = arguments.get("src", 0);
                if (src != null && src.matches("https?://[^\\s()<>]+")) {
                    return "[A video](" + src + ")";
                }
            }
            default -> {
            }
        }
        return null;
    }
}
