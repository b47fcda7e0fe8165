def served = new File(basedir, 'served.txt').getText('UTF-8')
assert served == 'article 200 true true\nforeign host HTTP/1.1 403 Forbidden\nafter a save true\n' : served
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Broadsheet preview on http://127.0.0.1:') : 'the address is printed'
assert !log.contains('changed while') && !log.contains('could not start')
return true
