package org.courrier.extract.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * The cue words of one language, read from {@code lang/<code>.properties}: month names, labels, salutations,
 * headings. A language is added by adding its file.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class LanguageCues {

    private static final String FOLDER = "lang/";

    private final String language;
    private final Properties props;
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, List<List<String>>> phrases = new ConcurrentHashMap<>();

    private LanguageCues(String language, Properties props) {
        this.language = language;
        this.props = props;
        for (int m = 1; m <= 12; m++) {
            for (String name : list("month." + m)) {
                months.put(Folding.key(name), m);
            }
        }
    }

    /** Every language with a cue file on the classpath, found by ISO 639-1 code. */
    static List<LanguageCues> available() {
        List<LanguageCues> books = new ArrayList<>();
        for (String code : Locale.getISOLanguages()) {
            if (LanguageCues.class.getResource(FOLDER + code + ".properties") != null) {
                books.add(load(code));
            }
        }
        if (books.isEmpty()) {
            throw new IllegalStateException("no cue files under org/courrier/extract/" + FOLDER);
        }
        return List.copyOf(books);
    }

    static LanguageCues load(String code) {
        Properties p = new Properties();
        try (InputStream in = LanguageCues.class.getResourceAsStream(FOLDER + code + ".properties")) {
            if (in == null) {
                throw new IllegalArgumentException("no cue file for language " + code);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LanguageCues(code, p);
    }

    String language() {
        return language;
    }

    /** ISO 639-3 code, as the language detector names languages. */
    String iso3() {
        return Locale.forLanguageTag(language).getISO3Language();
    }

    /** The raw values of a list setting, folded. */
    List<String> list(String name) {
        String v = props.getProperty(name, "");
        List<String> out = new ArrayList<>();
        for (String s : v.split("\\|")) {
            if (!s.isBlank()) {
                out.add(Folding.fold(s.strip()));
            }
        }
        return out;
    }

    String value(String name) {
        return props.getProperty(name, "").strip();
    }

    /** Month number for a month name or abbreviation key in this language, 0 when not a month. */
    int month(String key) {
        return months.getOrDefault(key, 0);
    }

    Map<String, Integer> months() {
        return months;
    }

    /** A list setting as phrases of word keys, longest first. */
    List<List<String>> phrases(String name) {
        return phrases.computeIfAbsent(name, n -> {
            List<List<String>> out = new ArrayList<>();
            for (String s : list(n)) {
                List<String> words = new ArrayList<>();
                for (String w : s.split("\\s+")) {
                    String k = Folding.key(w);
                    if (!k.isEmpty()) {
                        words.add(k);
                    }
                }
                if (!words.isEmpty()) {
                    out.add(List.copyOf(words));
                }
            }
            out.sort((a, b) -> b.size() - a.size());
            return List.copyOf(out);
        });
    }

    /** Number of tokens, from token i, that one of the named phrases covers (longest match), 0 when none does. */
    int match(String name, Tokens t, int i) {
        return match(name, t, i, Folding::likeKey);
    }

    /** Like {@link #match}, but word for word: no OCR-tolerant fuzziness, for lists of ordinary words. */
    int matchExactly(String name, Tokens t, int i) {
        return match(name, t, i, String::equals);
    }

    private int match(String name, Tokens t, int i, BiPredicate<String, String> same) {
        for (List<String> phrase : phrases(name)) {
            if (i + phrase.size() > t.size()) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < phrase.size() && ok; j++) {
                ok = same.test(t.get(i + j).key(), phrase.get(j));
            }
            if (ok) {
                return phrase.size();
            }
        }
        return 0;
    }
}
