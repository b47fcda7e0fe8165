package org.broadsheet.deploy.s3;

import org.broadsheet.deploy.Bucket;
import org.broadsheet.deploy.Credentials;
import org.broadsheet.deploy.DeployException;
import org.broadsheet.deploy.DeployOptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A bucket of S3-compatible storage, through the AWS SDK: the only class that uses it, in a package of its
 * own, so that the plugin can leave the SDK out of every goal but {@code broadsheet:deploy}, which loads this
 * package with the SDK beside it (see {@code org.broadsheet.maven.AwsSdk}). The settings suit storages other
 * than AWS too: the JDK's HTTP client, no {@code aws-chunked} uploads, and checksums only where the API
 * requires them.
 */
public final class S3Bucket implements Bucket {

    /** S3 answers a header it does not implement, such as a website redirect elsewhere than AWS, with 501. */
    private static final int NOT_IMPLEMENTED = 501;

    private final S3Client client;
    private final String bucket;
    private final String where;
    private final Credentials credentials;

    private S3Bucket(S3Client client, String bucket, String where, Credentials credentials) {
        this.client = client;
        this.bucket = bucket;
        this.where = where;
        this.credentials = credentials;
    }

    /** A client for the bucket of {@code options}; its credentials are used when the first request is made. */
    public static S3Bucket open(DeployOptions options) throws DeployException {
        String endpoint = options.target().endpoint();
        Region region = region(options.target().region(), endpoint);
        AwsCredentialsProvider provider = options.credentials() == null ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(options.credentials().accessKeyId(),
                        options.credentials().secretAccessKey()));
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofSeconds(60)))
                .region(region)
                .credentialsProvider(provider)
                // aws-chunked bodies and trailing checksums are what S3-compatible servers most often get wrong
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .forcePathStyle(Boolean.TRUE.equals(options.target().pathStyle()));
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        String where = "bucket '" + options.target().bucket() + "'" + (endpoint == null ? "" : " at " + endpoint);
        try {
            return new S3Bucket(builder.build(), options.target().bucket(), where, options.credentials());
        } catch (SdkException | IllegalArgumentException e) {
            throw new DeployException("cannot set up the client for " + where + ": " + Secrets.scrub(e.getMessage(),
                    options.credentials()));
        }
    }

    private static Region region(String configured, String endpoint) throws DeployException {
        if (configured != null) {
            return Region.of(configured);
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            if (endpoint != null) {
                // a storage of its own (MinIO, S3Proxy) takes any region; AWS's first is what they expect
                return Region.US_EAST_1;
            }
            throw new DeployException("no region for the bucket: set deploy.region in content/site.yml or "
                    + "-Dbroadsheet.region=… (e.g. eu-west-1), or AWS_REGION in the environment");
        }
    }

    @Override
    public Map<String, Listed> list(String prefix) throws DeployException {
        Map<String, Listed> objects = new LinkedHashMap<>();
        try {
            for (S3Object object : client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
                objects.put(object.key(), new Listed(object.key(), etag(object.eTag()), object.size()));
            }
        } catch (SdkException e) {
            throw failure("cannot list", e);
        }
        return objects;
    }

    @Override
    public Optional<byte[]> read(String key) throws DeployException {
        try {
            ResponseBytes<GetObjectResponse> bytes = client.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            return Optional.of(bytes.asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failure("cannot read " + key + " of", e);
        }
    }

    @Override
    public Written write(String key, Path file, Headers headers) throws DeployException {
        return write(key, headers, () -> RequestBody.fromFile(file));
    }

    @Override
    public Written write(String key, byte[] bytes, Headers headers) throws DeployException {
        return write(key, headers, () -> RequestBody.fromBytes(bytes));
    }

    private Written write(String key, Headers headers, Supplier<RequestBody> body)
            throws DeployException {
        try {
            return new Written(etag(client.putObject(request(key, headers, true), body.get()).eTag()), false);
        } catch (S3Exception e) {
            if (e.statusCode() != NOT_IMPLEMENTED || headers.redirect() == null) {
                throw failure("cannot upload " + key + " to", e);
            }
        } catch (SdkException e) {
            throw failure("cannot upload " + key + " to", e);
        }
        try {
            return new Written(etag(client.putObject(request(key, headers, false), body.get()).eTag()), true);
        } catch (SdkException e) {
            throw failure("cannot upload " + key + " to", e);
        }
    }

    private PutObjectRequest request(String key, Headers headers, boolean redirect) {
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(bucket).key(key)
                .contentType(headers.contentType()).cacheControl(headers.cacheControl());
        if (redirect && headers.redirect() != null) {
            request.websiteRedirectLocation(headers.redirect());
        }
        return request.build();
    }

    /**
     * Deletes one object. The batch request would need a checksum header that storage other than AWS often
     * does not implement, and a deploy deletes few objects.
     */
    @Override
    public void delete(String key) throws DeployException {
        try {
            client.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw failure("cannot delete " + key + " from", e);
        }
    }

    /** What went wrong, in words that name the bucket and what to check, and never a credential. */
    private DeployException failure(String doing, SdkException e) {
        String reason;
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorCode();
            String message = s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorMessage();
            reason = "HTTP " + s3.statusCode() + (code == null ? "" : " " + code)
                    + (message == null ? "" : ": " + message) + hint(s3.statusCode(), code);
        } else {
            reason = e.getMessage();
        }
        return new DeployException(doing + " " + where + ": " + Secrets.scrub(reason, credentials));
    }

    private static String hint(int status, String code) {
        if (status == 403 || "InvalidAccessKeyId".equals(code) || "SignatureDoesNotMatch".equals(code)) {
            return " (check the access key: the <server> of settings.xml named by deploy.server, or the AWS "
                    + "environment variables and profile, and that it may write to this bucket)";
        }
        if ("NoSuchBucket".equals(code)) {
            return " (check deploy.bucket, and deploy.endpoint and deploy.region for storage other than AWS)";
        }
        return "";
    }

    private static String etag(String etag) {
        return etag == null ? "" : etag.replace("\"", "");
    }

    @Override
    public void close() {
        client.close();
    }
}
