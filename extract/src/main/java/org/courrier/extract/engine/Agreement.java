package org.courrier.extract.engine;

import java.util.Objects;
import org.courrier.extract.record.Field;

/**
 * Whether the two readers of a field, the hand rules and the trained {@link LayoutModel}, said the same thing: a
 * second, independent opinion that {@link Calibration} keys its tables by. The field kept (whichever reader it came
 * from) is compared with the other reader's.
 */
public enum Agreement {
    /** Both found it on the same line (or found the same value), or both found none. */
    AGREE,
    /** Only the reader kept found something; the other found nothing. */
    ALONE,
    /** The other reader found something else, or found something where the kept field is absent. */
    DIFFER;

    /** The key part, e.g. {@code agree}. */
    public String keyPart() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How the kept field stands against the other reader's. */
    public static Agreement of(Field<?> kept, Field<?> other) {
        boolean k = kept.holdsValue();
        boolean o = other.holdsValue();
        if (!k) {
            return o ? DIFFER : AGREE;
        }
        if (!o) {
            return ALONE;
        }
        return Objects.equals(kept.value(), other.value()) || LetterExtractor.sharesLines(kept, other) ? AGREE : DIFFER;
    }
}
