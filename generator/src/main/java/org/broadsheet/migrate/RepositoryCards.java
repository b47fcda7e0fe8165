package org.broadsheet.migrate;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Blowfish's cards of a repository on a forge other than GitHub, or of a model or data set on Hugging Face, which
 * showed its name and description from the forge's API, and Stack's snippet of GitLab: a link to what they showed,
 * named by it.
 */
final class RepositoryCards {

    /** {@code owner/name}, as a forge names a repository or Hugging Face a model. */
    private static final Pattern REPOSITORY = Pattern.compile("[\\w.-]++/[\\w.-]++");
    /** A forge's address, without a path of its own. */
    private static final Pattern SERVER = Pattern.compile("https?://[\\w.-]++(?::\\d++)?/?");

    private RepositoryCards() {
    }

    /**
     * The Markdown link that the card {@code name} stands for, from its {@code arguments} (a name → its value, or
     * null); empty when they do not name what it showed.
     */
    static Optional<String> link(String name, Function<String, String> arguments) {
        String repo = arguments.apply("repo");
        return Optional.ofNullable(switch (name) {
            case "codeberg" -> repository(repo)
                    ? "[" + ImageFiles.linkText(repo) + "](https://codeberg.org/" + repo + ")" : null;
            case "gitea", "forgejo" -> {
                String server = arguments.apply("server");
                yield repository(repo) && server != null && SERVER.matcher(server).matches()
                        ? "[" + ImageFiles.linkText(repo) + "](" + server.replaceAll("/$", "") + "/" + repo + ")" : null;
            }
            case "gitlab" -> {
                String id = arguments.apply("projectID");
                // Stack's gitlab embeds a snippet, named by its number alone
                String snippet = arguments.apply("0");
                // GitLab sends /projects/{id} on to the project's page
                yield id != null && id.matches("\\d{1,12}") ? "[GitLab project " + id + "](https://gitlab.com/projects/"
                        + id + ")" : snippet != null && snippet.matches("\\d{1,12}") ? "[GitLab snippet " + snippet
                        + "](https://gitlab.com/-/snippets/" + snippet + ")" : null;
            }
            case "huggingface" -> {
                String model = arguments.apply("model");
                String dataset = arguments.apply("dataset");
                yield repository(model) ? "[" + ImageFiles.linkText(model) + "](https://huggingface.co/" + model + ")"
                        : repository(dataset) ? "[" + ImageFiles.linkText(dataset) + "](https://huggingface.co/datasets/"
                        + dataset + ")" : null;
            }
            default -> null;
        });
    }

    private static boolean repository(String value) {
        return value != null && REPOSITORY.matcher(value).matches();
    }
}
