package org.courrier.extract.engine;

import java.util.regex.Pattern;
import org.courrier.extract.record.Field;

/**
 * How sure the extractor may be that a letter has no reference or no subject line, when the engines found none.
 * Sure only when the header was read cleanly, its end is known (the salutation, or a note verbale's opening
 * sentence) and nothing in
 * the header looks like a label or a value the engine could have missed: a fuzzy cue word at a line's start, or
 * a code shaped like a reference ({@code /AMB/SG}, {@code 561/23}) that is not a date.
 *
 * <p>Stateless and thread-safe.
 */
final class AbsenceJudge {

    /** Confidence that the field is truly absent when every check passes. */
    static final double SURE = 0.92;
    /** Mean OCR line confidence of the header under which a missed label is too likely. */
    private static final double CLEAN_HEADER = 0.9;

    private static final Pattern CODE = Pattern.compile(".*(\\d.*[/\\\\]|[/\\\\].*\\d|[/\\\\]\\p{L}{2,}).*");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}[.,]?");

    private AbsenceJudge() {}

    static <T> Field<T> reference(LetterMap map) {
        return sure(map, "reference", true) && sure(map, "theirReference", true) ? Field.absent(SURE) : Field.missing();
    }

    static <T> Field<T> subject(LetterMap map) {
        return sure(map, "subject", false) ? Field.absent(SURE) : Field.missing();
    }

    private static boolean sure(LetterMap map, String cue, boolean codes) {
        int end = map.salutation() >= 0 ? map.salutation() : map.isNoteVerbale() ? map.bodyStart() : -1;
        if (map.bodyEnd() < 0 || end < 0) {
            return false;
        }
        double sum = 0;
        int n = 0;
        for (TextLine l : map.lines()) {
            if (l.index() > end) {
                break;
            }
            Tokens t = l.tokens();
            if (t.size() > 0 && map.book().match(cue, t, 0) > 0) {
                return false;
            }
            if (codes && hasCode(t)) {
                return false;
            }
            sum += l.confidence();
            n++;
        }
        return n > 0 && sum / n >= CLEAN_HEADER;
    }

    private static boolean hasCode(Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).text();
            if (CODE.matcher(w).matches() && !NUMERIC_DATE.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }
}
