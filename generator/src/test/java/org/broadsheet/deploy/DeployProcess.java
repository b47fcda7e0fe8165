package org.broadsheet.deploy;

import org.broadsheet.build.BuildLog;
import org.broadsheet.deploy.s3.S3Bucket;

import java.net.URI;
import java.nio.file.Path;

/** A deploy in a JVM of its own, for the test that kills one midway. Arguments: site folder, endpoint, threads. */
public final class DeployProcess {

    private DeployProcess() {
    }

    public static void main(String[] args) throws Exception {
        Deployer.run(new DeployOptions(Path.of(args[0]), S3Server.target(URI.create(args[1]), ""),
                S3Server.credentials(), false, false, Integer.parseInt(args[2])), S3Bucket::open, BuildLog.SILENT);
    }
}
