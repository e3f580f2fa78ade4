package org.courrier.extract.engine;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Folds text for matching cue words: lower case, accents removed, and the usual OCR confusions undone. Every fold
 * keeps one character for one character, so offsets found in folded text hold in the text as read.
 *
 * <p>Stateless and thread-safe.
 */
final class Folding {

    /** One bounded Levenshtein per limit (they are immutable and thread-safe). */
    private static final Map<Integer, LevenshteinDistance> BOUNDED = new ConcurrentHashMap<>();

    private Folding() {}

    /** Lower case without accents, same length as the input. */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            out[i] = foldChar(s.charAt(i));
        }
        return new String(out);
    }

    private static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        switch (c) {
            case 'œ', 'Œ' -> {
                return 'o';
            }
            case 'æ', 'Æ' -> {
                return 'a';
            }
            case '’', '‘', '`', '´' -> {
                return '\'';
            }
            case 'º', '°' -> {
                return '°';
            }
            case '–', '—', '‐' -> {
                return '-';
            }
            default -> {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                return Character.toLowerCase(d.charAt(0));
            }
        }
    }

    /**
     * The key a cue word is compared by: folded, digits read as the letters OCR confuses them with, '°' read as
     * 'o', everything but letters dropped. {@code 0bjet:} gives {@code objet}, {@code N°} gives {@code no}.
     */
    static String key(String token) {
        String f = fold(token);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            switch (c) {
                case '0', '°' -> b.append('o');
                case '1', '|', '!' -> b.append('l');
                case '5', '$' -> b.append('s');
                default -> {
                    if (Character.isLetter(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Whether a token read by OCR is the cue word (already a key): exact for short cues, one or two edits else. Two
     * letters fewer or more must leave the first letter in place: OCR drops or adds a letter here and there, not the
     * head of a word ({@code publique} is no misread {@code république}).
     */
    static boolean like(String token, String cueKey) {
        return likeKey(key(token), cueKey);
    }

    /** {@link #like} for a token already turned into its key. */
    static boolean likeKey(String k, String cueKey) {
        if (k.equals(cueKey)) {
            return true;
        }
        int n = cueKey.length();
        int off = Math.abs(k.length() - n);
        if (n < 5 || off > 2 || off == 2 && k.charAt(0) != cueKey.charAt(0)) {
            return false;
        }
        return distance(k, cueKey, n >= 9 ? 2 : 1) <= (n >= 9 ? 2 : 1);
    }

    /** Digits as OCR reads them: {@code 2O21} gives {@code 2021}; other characters kept. */
    static String digits(String token) {
        StringBuilder b = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            switch (c) {
                case 'O', 'o', 'D', 'Q' -> b.append('0');
                case 'l', 'I', 'i', '|', '!' -> b.append('1');
                case 'S', 's' -> b.append('5');
                case 'B' -> b.append('8');
                case 'Z', 'z' -> b.append('2');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Levenshtein distance, or {@code limit + 1} once it exceeds the limit (the bounded search stops early). */
    static int distance(String a, String b, int limit) {
        int d = BOUNDED.computeIfAbsent(limit, LevenshteinDistance::new).apply(a, b);
        return d < 0 ? limit + 1 : d;
    }
}
