package org.broadsheet.maven;

import org.broadsheet.deploy.Bucket;
import org.broadsheet.deploy.DeployException;
import org.broadsheet.deploy.DeployOptions;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The AWS SDK, which only {@code broadsheet:deploy} uses, resolved when it runs. Maven resolves a plugin's
 * dependencies for every goal, and the SDK's 30 jars made every {@code mvn package} slower (bench/README.md),
 * so the plugin declares the SDK as provided and asks Maven's resolver for it here, as for any dependency:
 * from the local repository, else from the project's plugin repositories. The classes of
 * {@code org.broadsheet.deploy.s3} are then defined from the plugin's own jar by a class loader that has the
 * SDK, and every other class comes from the plugin.
 */
final class AwsSdk {

    private static final String S3_PACKAGE = "org.broadsheet.deploy.s3.";

    private AwsSdk() {
    }

    /** A class loader with the SDK, which the caller closes when the deploy is over. */
    static URLClassLoader resolve(RepositorySystem system, RepositorySystemSession session,
                                  List<RemoteRepository> repositories) throws DeployException {
        Properties sdk = new Properties();
        try (InputStream in = AwsSdk.class.getResourceAsStream("aws-sdk.properties")) {
            sdk.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Exclusion> exclusions = new ArrayList<>();
        for (String excluded : sdk.getProperty("exclusions").split(",")) {
            String[] id = excluded.split(":");
            exclusions.add(new Exclusion(id[0], id[1], "*", "*"));
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String artifact : sdk.getProperty("artifacts").split(",")) {
            dependencies.add(new Dependency(new DefaultArtifact(artifact + ":" + sdk.getProperty("version")),
                    "runtime", false, exclusions));
        }
        List<URL> jars = new ArrayList<>();
        try {
            for (ArtifactResult result : system.resolveDependencies(session,
                    new DependencyRequest(new CollectRequest(dependencies, List.of(), repositories), null))
                    .getArtifactResults()) {
                jars.add(result.getArtifact().getFile().toURI().toURL());
            }
        } catch (DependencyResolutionException e) {
            throw new DeployException("cannot get the AWS SDK that broadsheet:deploy uses (" + e.getMessage()
                    + "); in offline mode (-o) it must be in the local repository: run once online");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return new SdkLoader(jars.toArray(URL[]::new), AwsSdk.class.getClassLoader());
    }

    /** Opens buckets through {@code S3Bucket} as {@code sdk} defines it. */
    static Bucket.Opener buckets(ClassLoader sdk) {
        Method open;
        try {
            open = Class.forName(S3_PACKAGE + "S3Bucket", true, sdk).getMethod("open", DeployOptions.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the plugin's jar lacks its S3 client", e);
        }
        return options -> {
            try {
                return (Bucket) open.invoke(null, options);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof DeployException failure) {
                    throw failure;
                }
                throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * The SDK's jars after the plugin's classes, but for {@code org.broadsheet.deploy.s3}, which it defines itself
     * from the plugin's jar so that those classes link to the SDK.
     */
    static final class SdkLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        SdkLoader(URL[] jars, ClassLoader plugin) {
            super(jars, plugin);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(S3_PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length, AwsSdk.class.getProtectionDomain());
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public String toString() {
            return "AWS SDK " + Arrays.toString(getURLs());
        }
    }
}
