def site = new File(basedir, 'site')
def page = new File(site, 'en/2019/03/bells/index.html')
assert page.isFile() : 'the article page is missing'
assert page.getText('UTF-8').contains('March 1, 2019, 1:00 AM KST')
assert new File(site, 'ko/timeline/2019/03/index.html').getText('UTF-8').contains('새벽 1시의 종소리')
assert !new File(site, 'en/timeline/2019/02').exists()
assert new File(site, 'index.html').isFile()
assert new File(site, '404.html').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Broadsheet: ') && log.contains(' pages in ')
return true
