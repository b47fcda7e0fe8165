package org.broadsheet.deploy.s3;

import org.broadsheet.deploy.Credentials;

/** Keeps credentials out of what the deploy says, whatever a storage or library puts in its messages. */
final class Secrets {

    private static final String HIDDEN = "****";

    private Secrets() {
    }

    static String scrub(String message, Credentials credentials) {
        if (message == null) {
            return "";
        }
        if (credentials == null) {
            return message;
        }
        String scrubbed = message;
        for (String secret : new String[] {credentials.secretAccessKey(), credentials.accessKeyId()}) {
            if (secret != null && !secret.isEmpty()) {
                scrubbed = scrubbed.replace(secret, HIDDEN);
            }
        }
        return scrubbed;
    }
}
