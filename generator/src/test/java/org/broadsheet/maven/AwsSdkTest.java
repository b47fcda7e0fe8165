package org.broadsheet.maven;

import org.broadsheet.deploy.Bucket;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AwsSdkTest {

    private static final List<String> CLASS_PATH = List.of(System.getProperty("java.class.path").split(File.pathSeparator));

    /** Every goal resolves the plugin's dependencies: the SDK must not be one of them. */
    @Test
    void theSdkIsNoDependencyOfThePlugin() throws Exception {
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        assertTrue(descriptor.contains("<artifactId>flexmark</artifactId>"), "the descriptor lists the plugin's dependencies");
        assertFalse(descriptor.contains("software.amazon.awssdk"));
    }

    /** What deploy resolves is what the plugin is compiled and tested with. */
    @Test
    void theResolvedArtifactsAreThoseOfThePom() throws Exception {
        Properties sdk = new Properties();
        try (InputStream in = AwsSdk.class.getResourceAsStream("aws-sdk.properties")) {
            sdk.load(in);
        }
        for (String artifact : sdk.getProperty("artifacts").split(",")) {
            String jar = artifact.split(":")[1] + "-" + sdk.getProperty("version") + ".jar";
            assertTrue(CLASS_PATH.stream().anyMatch(entry -> entry.endsWith(File.separator + jar)), jar);
        }
        for (String excluded : sdk.getProperty("exclusions").split(",")) {
            String name = File.separator + excluded.split(":")[1] + "-";
            assertFalse(CLASS_PATH.stream().anyMatch(entry -> entry.contains(name)), excluded);
        }
    }

    /** The S3 package is defined beside the SDK, and speaks to the deploy through the plugin's own types. */
    @Test
    void theS3PackageIsDefinedBesideTheSdkAndTheRestComesFromThePlugin() throws Exception {
        URL[] sdkJars = CLASS_PATH.stream().filter(entry -> entry.contains("awssdk"))
                .map(entry -> {
                    try {
                        return Path.of(entry).toUri().toURL();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toArray(URL[]::new);
        assertTrue(sdkJars.length > 10, Arrays.toString(sdkJars));
        try (URLClassLoader loader = new AwsSdk.SdkLoader(sdkJars, AwsSdk.class.getClassLoader())) {
            Class<?> s3Bucket = Class.forName("org.broadsheet.deploy.s3.S3Bucket", false, loader);
            assertSame(loader, s3Bucket.getClassLoader());
            assertSame(s3Bucket, Class.forName("org.broadsheet.deploy.s3.S3Bucket", false, loader));
            assertEquals(List.of(Bucket.class), List.of(s3Bucket.getInterfaces()));
            assertSame(AwsSdk.class.getClassLoader(), Class.forName(Bucket.class.getName(), false, loader).getClassLoader());
        }
    }
}
