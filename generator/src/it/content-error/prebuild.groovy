// The site of an earlier, successful build, which the failing build must leave as it is.
def index = new File(basedir, 'site/index.html')
index.parentFile.mkdirs()
index.setText('<p>previous build</p>\n', 'UTF-8')
new File(basedir, 'site/.broadsheet-manifest').setText('index.html\n', 'UTF-8')
return true
