package org.broadsheet.deploy;

import org.broadsheet.model.DeploySettings;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A real S3 server for the tests: S3Proxy, in this JVM, on a free loopback port, keeping its objects in
 * memory (jclouds' transient store) and checking AWS signatures against one access key. Like most storage
 * other than AWS, it does not implement website redirects and answers them with 501.
 */
final class S3Server implements AutoCloseable {

    static final String ACCESS_KEY = "AKIABROADSHEETTEST01";
    static final String SECRET_KEY = "s3cr3t-Broadsheet-test-key-9f8e7d6c5b4a";
    static final String BUCKET = "news";

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final S3Client client;

    private S3Server(S3Proxy proxy, BlobStoreContext context) {
        this.proxy = proxy;
        this.context = context;
        this.client = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.US_EAST_1).endpointOverride(endpoint()).forcePathStyle(true)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
        client.createBucket(b -> b.bucket(BUCKET));
    }

    /** Starts a server with the bucket {@link #BUCKET}. */
    static S3Server start() throws Exception {
        BlobStoreContext context = ContextBuilder.newBuilder("transient").credentials("unused", "unused")
                .overrides(new Properties()).build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!proxy.getState().equals("STARTED")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
            }
            Thread.sleep(5);
        }
        return new S3Server(proxy, context);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    int port() {
        return proxy.getPort();
    }

    /** Deploy settings for this server's bucket, below {@code prefix}. */
    static DeploySettings target(URI endpoint, String prefix) {
        return new DeploySettings(BUCKET, prefix, "us-east-1", endpoint.toString(), true, null, null);
    }

    static Credentials credentials() {
        return new Credentials(ACCESS_KEY, SECRET_KEY);
    }

    S3Client client() {
        return client;
    }

    /** Every object of the bucket: key → ETag. */
    Map<String, String> objects() {
        Map<String, String> objects = new TreeMap<>();
        for (S3Object object : client.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents()) {
            objects.put(object.key(), object.eTag());
        }
        return objects;
    }

    /** Deletes every object of the bucket, for the next test. */
    void clear() {
        objects().keySet().forEach(key -> client.deleteObject(b -> b.bucket(BUCKET).key(key)));
    }

    byte[] bytes(String key) {
        return client.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
    }

    HeadObjectResponse head(String key) {
        return client.headObject(b -> b.bucket(BUCKET).key(key));
    }

    /** A plain HTTP GET of the object, as a browser would send it, through a presigned URL. */
    HttpResponse<byte[]> get(String key) throws Exception {
        try (S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1).endpointOverride(endpoint())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build()) {
            URI url = presigner.presignGetObject(b -> b.signatureDuration(Duration.ofMinutes(5))
                    .getObjectRequest(g -> g.bucket(BUCKET).key(key))).url().toURI();
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    @Override
    public void close() throws Exception {
        client.close();
        proxy.stop();
        context.close();
    }
}
