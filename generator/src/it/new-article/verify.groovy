def year = java.time.ZonedDateTime.now(java.time.ZoneId.of('Asia/Seoul')).year
def english = new File(basedir, "content/en/${year}/harbor-reopens-after-the-storm.md")
def korean = new File(basedir, "content/ko/${year}/harbor-reopens-after-the-storm.md")
assert english.isFile() : "no ${english}"
assert korean.isFile() : "no ${korean}"
def text = english.getText('UTF-8')
assert text.contains('title: "Harbor reopens after the storm"') || text.contains('title: Harbor reopens after the storm')
assert text.contains('draft: true')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("created ") && log.contains('harbor-reopens-after-the-storm.md')
def pages = new File(basedir, 'site/en').listFiles().findAll { it.isDirectory() && it.name ==~ /\d{4}/ }
assert pages*.name.contains(year.toString()) : 'the draft is published with -Dbroadsheet.drafts=true'
return true
