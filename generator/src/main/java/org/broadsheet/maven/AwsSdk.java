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
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The AWS SDK, which only {@code broadsheet:deploy} uses, resolved when a deploy first opens its bucket.
 * Maven resolves a plugin's dependencies for every goal, and the SDK's 30 jars made every {@code mvn package}
 * slower (bench/README.md), so the plugin declares the SDK as provided and asks Maven's resolver for it here,
 * as for any dependency: from the local repository, else from the project's plugin repositories. The
 * classes of {@code org.broadsheet.deploy.s3} are then defined from the plugin's own jar by a class loader
 * that has the SDK, and every other class comes from the plugin. Until closed, that loader is the context
 * class loader of the thread that opened the bucket, and so of the deploy's threads, which it starts later:
 * the SDK finds some of its parts through it.
 */
final class AwsSdk implements AutoCloseable {

    private static final String S3_PACKAGE = "org.broadsheet.deploy.s3.";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private URLClassLoader sdk;
    private Thread thread;
    private ClassLoader contextBefore;

    AwsSdk(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    /** The bucket of {@code options}, through {@code S3Bucket} as the SDK's loader defines it. */
    Bucket open(DeployOptions options) throws DeployException {
        if (sdk == null) {
            sdk = new SdkLoader(resolve(), AwsSdk.class.getClassLoader());
            thread = Thread.currentThread();
            contextBefore = thread.getContextClassLoader();
            thread.setContextClassLoader(sdk);
        }
        try {
            return (Bucket) Class.forName(S3_PACKAGE + "S3Bucket", true, sdk).getMethod("open", DeployOptions.class)
                    .invoke(null, options);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof DeployException failure) {
                throw failure;
            }
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the plugin's jar lacks its S3 client", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (sdk != null) {
            thread.setContextClassLoader(contextBefore);
            sdk.close();
        }
    }

    /** The SDK's jars, as {@code aws-sdk.properties} names them, with what they depend on. */
    private URL[] resolve() throws DeployException {
        Properties names = new Properties();
        try (InputStream in = AwsSdk.class.getResourceAsStream("aws-sdk.properties")) {
            names.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Exclusion> exclusions = new ArrayList<>();
        for (String excluded : names.getProperty("exclusions").split(",")) {
            String[] id = excluded.split(":");
            exclusions.add(new Exclusion(id[0], id[1], "*", "*"));
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String artifact : names.getProperty("artifacts").split(",")) {
            dependencies.add(new Dependency(new DefaultArtifact(artifact + ":" + names.getProperty("version")),
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
        return jars.toArray(URL[]::new);
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
    }
}
