package org.courrier.routes;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks the name a source file gets in {@code done/}, {@code failed/} or {@code duplicates/}: its own name with the
 * first 8 hex digits of its content hash before the extension ({@code scan.pdf} -> {@code scan.3f9a1c2b.pdf}), and
 * {@code -2}, {@code -3}, ... after them when that name is taken. A name is taken when a file (or an error file
 * {@code NAME.error.json}) has it, or when a letter in flight has reserved it and not yet released it. So nothing the
 * service was given ever replaces another file, even when several letters with the same name finish at once.
 *
 * <p>Thread-safe.
 */
public final class ArchiveNames {

    /** Suffix of the error file written beside a failed source. */
    public static final String ERROR_SUFFIX = ".error.json";

    private final Set<Path> reserved = ConcurrentHashMap.newKeySet();

    /**
     * Reserves a free name in {@code folder} for {@code sourceName} with content hash {@code id} ({@code null} when
     * the file could not be hashed); the caller releases it once the file is there (or will not be).
     */
    Path reserve(Path folder, String sourceName, String id) {
        String tag = id == null || id.length() < 8 ? "unread" : id.substring(0, 8);
        int dot = sourceName.lastIndexOf('.');
        String ext = dot > 0 ? sourceName.substring(dot) : "";
        if (bytes(ext) > MAX_EXTENSION_BYTES) {
            ext = "";
            dot = -1;
        }
        // the longest name made from it, NAME.<tag>-NNNNNN.EXT.error.json, must fit the file system's limit
        String base = shortened(
                dot > 0 ? sourceName.substring(0, dot) : sourceName,
                MAX_NAME_BYTES - bytes(ERROR_SUFFIX) - bytes("." + tag + "-999999") - bytes(ext));
        for (int n = 1; ; n++) {
            Path candidate = folder.resolve(base + "." + tag + (n == 1 ? "" : "-" + n) + ext);
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(
                            candidate.resolveSibling(candidate.getFileName() + ERROR_SUFFIX), LinkOption.NOFOLLOW_LINKS)
                    && reserved.add(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * The name a file had in the inbox, from the name {@link #reserve} gave it ({@code NAME.<tag>[-N].EXT}); a name
     * that was shortened stays shortened, and a name not made by {@code reserve} is returned as it is.
     */
    static String sourceName(String archivedName, String id) {
        String tag = id == null || id.length() < 8 ? "unread" : id.substring(0, 8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(.+)\\." + java.util.regex.Pattern.quote(tag) + "(?:-\\d+)?(\\.[^.]*)?")
                .matcher(archivedName);
        if (!m.matches()) {
            return archivedName;
        }
        return m.group(1) + (m.group(2) == null ? "" : m.group(2));
    }

    /** The longest file name (in bytes) Linux, macOS and Windows file systems take. */
    static final int MAX_NAME_BYTES = 255;

    private static final int MAX_EXTENSION_BYTES = 16;

    /**
     * {@code name} cut to at most {@code maxBytes} bytes of UTF-8, at a character boundary; unchanged when it fits.
     * Names made from a shortened one stay unique by the content hash (and {@code -N}) that follow it.
     */
    static String shortened(String name, int maxBytes) {
        if (bytes(name) <= maxBytes) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = bytes(new String(Character.toChars(cp)));
            if (used + n > maxBytes) {
                break;
            }
            out.appendCodePoint(cp);
            used += n;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static int bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Frees a name reserved by {@link #reserve}; {@code null} is ignored. */
    void release(Path name) {
        if (name != null) {
            reserved.remove(name);
        }
    }
}
