package org.broadsheet.model;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spec table of {@link SecretFiles#secret}: a file's name and first text, and whether it holds a key. */
class SecretFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            id_rsa             | anything                                         | true
            ID_ED25519         | anything                                         | true
            id_rsa.pub         | ssh-rsa AAAAB3NzaC1yc2E reporter@desk            | false
            server.pem         | -----BEGIN RSA PRIVATE KEY-----\\nMIIE            | true
            privkey.pem        | -----BEGIN EC PRIVATE KEY-----\\nMHcC             | true
            root-ca.pem        | -----BEGIN CERTIFICATE-----\\nMIIB               | false
            sa.json            | {"private_key": "-----BEGIN PRIVATE KEY-----\\n"} | true
            deploy.ppk         | anything                                         | true
            passwords.kdbx     | anything                                         | true
            terraform.tfstate  | {"version": 4}                                   | true
            credentials        | [default]                                        | true
            aws.txt            | aws_secret_access_key = wJalr                    | true
            deck.key           | a Keynote presentation                           | false
            votes.csv          | district,votes                                   | false
            """)
    void aFileHoldsAKeyByItsNameOrItsFirstText(String name, String text, boolean secret) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text.replace("\\n", "\n"));
        assertEquals(secret, SecretFiles.secret(file));
    }
}
