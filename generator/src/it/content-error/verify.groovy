def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    "[ERROR] content/en/2019/bells.md:8: link to '../2018/bells.md' leads to no article (no published article content/en/2018/bells.md) (did you mean 'en/2019/bells.md'?); links to articles are relative to this file, e.g. ../2018/harbor.md",
    "[ERROR] content/en/2019/bells.md:8: image 'tower.jpg' not found (paths are relative to this file, or to content/ when they start with '/')",
    "[ERROR] content/en/2019/broken.md:2: empty 'title': add the headline, e.g. title: \"Harbor reopens\"",
    "[ERROR] content/en/2019/broken.md:3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days",
    "[ERROR] content/en/2019/broken.md:4: unknown topic 'econmy' (did you mean 'economy'?); topics are listed in content/topics.yml",
    "[ERROR] content/en/2019/yaml.md:2: YAML syntax error: mapping values are not allowed here (a value containing ': ' or starting with a quote, '[' or '{' needs quotes around it)",
]
expected.each { line -> assert log.contains(line) : "missing from build.log: " + line }
assert log.contains('6 problems in the content or templates (listed above); site/ was left as it was')
assert !log.contains('\tat org.broadsheet') : 'a content error must not print a stack trace'
def files = []
new File(basedir, 'site').eachFileRecurse { files << it.name }
assert files.sort() == ['.broadsheet-manifest', 'index.html'] : files
assert new File(basedir, 'site/index.html').getText('UTF-8') == '<p>previous build</p>\n'
return true
