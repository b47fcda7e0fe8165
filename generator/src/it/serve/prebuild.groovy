// Runs beside the Maven build that the invoker starts next: waits for the preview's address in the build's log,
// checks what it serves before and after a save, writes what it found to served.txt and stops the preview.
def log = new File(basedir, 'build.log')
def found = new File(basedir, 'served.txt')
def article = new File(basedir, 'content/en/2019/bells.md')
Thread.start {
    def lines = []
    try {
        def address = null
        for (int i = 0; i < 1200 && address == null; i++) {
            sleep 100
            def matcher = log.exists() ? (log.getText('UTF-8') =~ /Broadsheet preview on (http:\/\/127\.0\.0\.1:\d+\/)/) : null
            address = matcher?.find() ? matcher.group(1) : null
        }
        def get = { String path ->
            def connection = new URL(address + path).openConnection()
            connection.readTimeout = 20000
            [connection.responseCode, connection.responseCode < 400 ? connection.inputStream.getText('UTF-8') : '']
        }
        def (status, page) = get('en/2019/03/bells/')
        lines << "article ${status} ${page.contains('Bells ring at one in the morning')} ${page.contains('/_broadsheet/live.js')}"
        // a request from a page whose domain name was rebound to 127.0.0.1
        def port = new URL(address).port
        def socket = new Socket('127.0.0.1', port)
        socket.outputStream.write("GET /en/ HTTP/1.1\r\nHost: attacker.example:${port}\r\nConnection: close\r\n\r\n".getBytes('ISO-8859-1'))
        lines << "foreign host ${socket.inputStream.getText('ISO-8859-1').readLines()[0]}"
        socket.close()
        article.setText(article.getText('UTF-8').replace('Bells ring at one', 'Bells ring twice at one'), 'UTF-8')
        def saved = false
        for (int i = 0; i < 200 && !saved; i++) {
            sleep 100
            saved = get('en/2019/03/bells/')[1].contains('Bells ring twice at one')
        }
        lines << "after a save ${saved}"
    } catch (Throwable e) {
        lines << "failed: ${e}"
    } finally {
        found.setText(lines.join('\n') + '\n', 'UTF-8')
        // as Ctrl-C stops it: the Maven process started for this project
        ProcessHandle.current().descendants()
                .filter { it.info().commandLine().orElse('').contains(basedir.absolutePath) }
                .forEach { it.destroy() }
    }
}
return true
