package org.broadsheet.serve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of bytes of a file, as a {@code Range: bytes=…} header asks for it (RFC 9110, section 14): audio
 * and video players ask for parts of a file, and Safari plays no video without them.
 *
 * @param first the first byte
 * @param last  the last byte, included
 */
record ByteRange(long first, long last) {

    /** A range that the file cannot satisfy: answered with 416. */
    static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /**
     * The range that {@code header} asks of a file of {@code size} bytes; null for the whole file (no header,
     * one this server does not serve by parts, such as several ranges, or nonsense, which RFC 9110 lets a
     * server ignore); {@link #UNSATISFIABLE} when it starts beyond the file.
     */
    static ByteRange parse(String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return null;
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            return suffix == 0 || size == 0 ? UNSATISFIABLE : new ByteRange(Math.max(0, size - suffix), size - 1);
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        if (first >= size) {
            return UNSATISFIABLE;
        }
        return last < first ? null : new ByteRange(first, last);
    }

    long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} header of the answer. */
    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }
}
