package org.broadsheet.deploy;

/**
 * A deploy that could not be done or finished: bad settings, refused credentials, an unreachable
 * storage, too many deletions. Its message says what to do and never holds a credential.
 */
public final class DeployException extends Exception {

    public DeployException(String message) {
        super(message);
    }
}
