// Starts S3Proxy on a free loopback port with an empty bucket, and points the site's deploy settings at it.
// The server lives in this (the invoker's) JVM until verify.groovy has read the bucket and stopped it.
import org.gaul.s3proxy.AuthenticationType
import org.gaul.s3proxy.S3Proxy
import org.jclouds.ContextBuilder
import org.jclouds.blobstore.BlobStoreContext

def context = ContextBuilder.newBuilder('transient').credentials('unused', 'unused').build(BlobStoreContext)
context.blobStore.createContainerInLocation(null, 'it-news')
// the access key of the <server> 'broadsheet-it-s3' in src/it/settings.xml
def proxy = S3Proxy.builder().blobStore(context.blobStore).endpoint(URI.create('http://127.0.0.1:0'))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, 'AKIABROADSHEETIT0001', 'it-secret-7c0ffee-Broadsheet')
        .build()
proxy.start()
for (int i = 0; i < 3000 && proxy.state != 'STARTED'; i++) {
    sleep 10
}
assert proxy.state == 'STARTED'
System.properties.put('broadsheet.it.s3', [proxy, context])
new File(basedir, 'content/site.yml') << """
deploy:
  bucket: it-news
  region: us-east-1
  endpoint: http://127.0.0.1:${proxy.port}
  pathStyle: true
  server: broadsheet-it-s3
"""
return true
