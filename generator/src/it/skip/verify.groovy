assert !new File(basedir, 'site').exists() : 'a skipped build wrote site/'
assert new File(basedir, 'build.log').getText('UTF-8').contains('Broadsheet: skipped (broadsheet.skip)')
return true
