package org.courrier.ingest;

/**
 * Whether a PDF page's extracted text is real text worth keeping rather than OCR: enough letters, and
 * almost no replacement characters, private-use glyphs or control codes (fonts without a Unicode mapping).
 */
final class TextLayerQuality {

    /** Fewer letters than this is a scan with a stray label or page number: OCR reads it better. */
    static final int MIN_LETTERS = 25;
    /** Share of plausible characters below which the layer is glyph garbage. */
    static final double MIN_PLAUSIBLE = 0.9;

    private TextLayerQuality() {}

    static boolean isRealText(String text) {
        int letters = 0;
        int plausible = 0;
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                continue;
            }
            total++;
            if (Character.isLetter(c)) {
                letters++;
            }
            if (isPlausible(c)) {
                plausible++;
            }
        }
        return letters >= MIN_LETTERS && plausible >= MIN_PLAUSIBLE * total;
    }

    private static boolean isPlausible(int c) {
        if (c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE || Character.isISOControl(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.LATIN
                || script == Character.UnicodeScript.COMMON
                || script == Character.UnicodeScript.INHERITED;
    }
}
