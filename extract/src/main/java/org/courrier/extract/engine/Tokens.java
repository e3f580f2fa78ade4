package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A line cut into tokens at white space and colons, each with its offsets in the line and its cue key. Colons are
 * not tokens, but {@link #colonAfter(int)} says whether one follows a token.
 *
 * <p>Immutable and thread-safe.
 */
final class Tokens {

    record Token(String text, int start, int end, String key) {}

    private final String text;
    private final List<Token> tokens;

    private Tokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static Tokens of(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ':') {
                i++;
                continue;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ':') {
                i++;
            }
            String t = text.substring(s, i);
            out.add(new Token(t, s, i, Folding.key(t)));
        }
        return new Tokens(text, List.copyOf(out));
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** Whether a colon stands between token i and the next token (or the end of the line). */
    boolean colonAfter(int i) {
        int from = tokens.get(i).end();
        int to = i + 1 < tokens.size() ? tokens.get(i + 1).start() : text.length();
        return text.substring(from, to).indexOf(':') >= 0;
    }

    /** The text from token i to the end of the line, trimmed of leading separators. */
    String restFrom(int i) {
        return i >= tokens.size() ? "" : text.substring(tokens.get(i).start()).strip();
    }
}
