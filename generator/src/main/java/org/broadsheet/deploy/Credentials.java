package org.broadsheet.deploy;

/**
 * An access key for the storage, from a {@code <server>} of Maven's {@code settings.xml}. Its text form
 * hides both parts, so that no log or message can show them.
 */
public record Credentials(String accessKeyId, String secretAccessKey) {

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}
