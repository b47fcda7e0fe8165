package org.broadsheet.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.broadsheet.deploy.Credentials;
import org.broadsheet.deploy.DeployException;
import org.broadsheet.deploy.DeployOptions;
import org.broadsheet.deploy.DeployResult;
import org.broadsheet.deploy.Deployer;
import org.broadsheet.model.DeploySettings;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

import java.io.IOException;
import java.util.List;

/**
 * Uploads {@code site/}, as the last build left it, to S3-compatible storage: only what changed, media and
 * articles before the pages that link to them, deletions last.
 */
@Mojo(name = "deploy", requiresProject = true, threadSafe = true)
public final class DeployMojo extends SiteMojo {

    /** The bucket; overrides {@code deploy.bucket} of {@code site.yml}. */
    @Parameter(property = "broadsheet.bucket")
    private String bucket;

    /** The bucket's folder that holds the site. */
    @Parameter(property = "broadsheet.prefix")
    private String prefix;

    @Parameter(property = "broadsheet.region")
    private String region;

    /** The storage's address, for storage other than AWS S3. */
    @Parameter(property = "broadsheet.endpoint")
    private String endpoint;

    /** Names the bucket in the path rather than the host name. */
    @Parameter(property = "broadsheet.pathStyle")
    private Boolean pathStyle;

    /** How many objects one deploy may delete; -1 for no limit. */
    @Parameter(property = "broadsheet.maxDeletes")
    private Integer maxDeletes;

    /** The id of the {@code <server>} in {@code settings.xml} that holds the access key. */
    @Parameter(property = "broadsheet.server")
    private String server;

    /** Only lists what would be uploaded and deleted. */
    @Parameter(property = "broadsheet.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Uploads every file, changed or not. */
    @Parameter(property = "broadsheet.force", defaultValue = "false")
    private boolean force;

    /** Uploads at once. */
    @Parameter(property = "broadsheet.deployThreads", defaultValue = "" + DeployOptions.THREADS)
    private int threads;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    @Component
    private RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true)
    private List<RemoteRepository> pluginRepositories;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DeploySettings overrides = new DeploySettings(bucket, prefix, region, endpoint, pathStyle, maxDeletes, server);
        try {
            DeploySettings target = Deployer.settings(projectDirectory(), contentDirectory(), overrides);
            DeployOptions options = new DeployOptions(outputDirectory().toPath(), target, credentials(target.server()),
                    dryRun, force, threads);
            DeployResult result;
            try (AwsSdk sdk = new AwsSdk(repositorySystem, repositorySession, pluginRepositories)) {
                result = Deployer.run(options, sdk::open, new MavenLog(getLog()));
            }
            getLog().info("Broadsheet: " + result.summary());
        } catch (DeployException e) {
            throw new MojoFailureException("Broadsheet could not deploy: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Broadsheet crashed while deploying: " + e.getClass().getName(), e);
        }
    }

    /** The access key of the named {@code <server>}, decrypted; null (the SDK's default chain) when none is named. */
    private Credentials credentials(String serverId) throws DeployException {
        if (serverId == null) {
            return null;
        }
        Server found = settings == null ? null : settings.getServer(serverId);
        if (found == null) {
            throw new DeployException("settings.xml has no <server> with the id '" + serverId + "' (named by "
                    + "deploy.server or -Dbroadsheet.server): add one with the access key id as <username> and "
                    + "the secret access key as <password>");
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(found));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new DeployException("the password of <server> '" + serverId + "' in settings.xml cannot be "
                        + "decrypted; check settings-security.xml");
            }
        }
        Server server = decrypted.getServer();
        if (server.getUsername() == null || server.getPassword() == null) {
            throw new DeployException("<server> '" + serverId + "' in settings.xml needs the access key id as "
                    + "<username> and the secret access key as <password>");
        }
        return new Credentials(server.getUsername(), server.getPassword());
    }
}
