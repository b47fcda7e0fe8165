def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('missing  content/en/2019/ferry.md (no ko)') : 'the untranslated article'
assert log.contains('stale    content/ko/2019/bells.md (the original content/en/2019/bells.md was updated')
assert log.contains('1 translated, 1 missing, 1 stale')
assert !new File(basedir, 'site').exists() : 'the report writes no site'
return true
