// Reads back what the deploy put in the bucket, then stops the server that prebuild.groovy started.
def (proxy, context) = System.properties.remove('broadsheet.it.s3')
try {
    def store = context.blobStore
    def keys = store.list('it-news', org.jclouds.blobstore.options.ListContainerOptions.Builder.recursive())
            .collect { it.name } as Set
    def site = new File(basedir, 'site')
    def files = []
    site.eachFileRecurse(groovy.io.FileType.FILES) { files << site.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
    // every file of site/ but the list Broadsheet keeps of what it wrote, and nothing else but the deploy's manifest
    files.remove('.broadsheet-manifest')
    assert files.contains('en/2019/03/bells/index.html')
    files.each { assert keys.contains(it) : "${it} was not uploaded" }
    assert keys - files == ['.broadsheet-deploy'] as Set

    def page = store.getBlob('it-news', 'en/2019/03/bells/index.html')
    assert page.metadata.contentMetadata.contentType == 'text/html; charset=utf-8'
    assert page.payload.openStream().getText('UTF-8') == new File(site, 'en/2019/03/bells/index.html').getText('UTF-8')
    assert page.metadata.contentMetadata.cacheControl == 'public, max-age=60'
    def css = keys.find { it.startsWith('assets/') && it.endsWith('.css') }
    assert store.getBlob('it-news', css).metadata.contentMetadata.cacheControl == 'public, max-age=31536000, immutable'

    def log = new File(basedir, 'build.log').getText('UTF-8')
    assert !log.contains('it-secret-7c0ffee') : 'the secret key appeared in the log'
    assert !log.contains('AKIABROADSHEETIT0001') : 'the access key id appeared in the log'
} finally {
    proxy.stop()
    context.close()
}
return true
