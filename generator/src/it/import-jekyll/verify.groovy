def en = new File(basedir, 'content/en/2019/bells.md')
assert en.isFile() : 'the English post was not imported'
assert en.getText('UTF-8').contains('```shell')
assert new File(basedir, 'content/ko/2019/bells.md').isFile() : 'the Korean post was not imported beside it'
assert new File(basedir, 'old-site/_posts/2019-03-01-bells.md').isFile()
assert !new File(basedir, 'old-site/content').exists() : 'the importer wrote into the old site'
def report = new File(basedir, 'import-report.md').getText('UTF-8')
assert report.contains('- 1 topic merging spellings that differ only in case or punctuation')
def full = new File(basedir, 'import-report-full.md').getText('UTF-8')
assert full.contains("topic 'harbor' (Harbor) merges 'Harbor' (1 post), 'harbor' (1 post)")
def site = new File(basedir, 'site')
def page = new File(site, 'en/2019/03/bells/index.html').getText('UTF-8')
assert page.contains('href="/ko/2019/03/bells/"') : 'the translation is not linked'
assert new File(site, '2019/03/01/bells/index.html').getText('UTF-8').contains('url=/en/2019/03/bells/')
assert new File(site, 'ko/2019/03/01/bells-ko/index.html').getText('UTF-8').contains('url=/ko/2019/03/bells/')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Broadsheet: Imported 2 posts from the Jekyll site old-site')
assert log.contains('import: convert') : 'the import does not tell the console how far it got'
return true
