package org.courrier.ocr;

import com.sun.jna.Pointer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.courrier.document.Box;
import org.courrier.document.Line;
import org.courrier.document.Word;

/** What one recognition pass found: lines of words with boxes, and the mean word confidence (0-100). */
record OcrResult(List<Line> lines, double meanConfidence, int wordCount) {

    /** Words of three letters or more: their boxes are wider than tall on an upright page. */
    int longWords() {
        return (int) words().filter(w -> w.text().length() >= 3).count();
    }

    /** Words of three letters or more whose box is taller than wide: text running up or down the image. */
    int tallWords() {
        return (int) words().filter(
                        w -> w.text().length() >= 3 && w.box().h() > w.box().w())
                .count();
    }

    private java.util.stream.Stream<Word> words() {
        return lines.stream().flatMap(l -> l.words().stream());
    }

    static final OcrResult NOTHING = new OcrResult(List.of(), 0, 0);

    OcrResult {
        lines = List.copyOf(lines);
    }

    /** Walks Tesseract's result word by word, starting a new line where Tesseract starts a text line. */
    static OcrResult from(TessResultIterator it) {
        if (it == null) {
            return NOTHING;
        }
        TessPageIterator page = TessAPI.INSTANCE.TessResultIteratorGetPageIterator(it);
        List<Line> lines = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        IntBuffer left = IntBuffer.allocate(1);
        IntBuffer top = IntBuffer.allocate(1);
        IntBuffer right = IntBuffer.allocate(1);
        IntBuffer bottom = IntBuffer.allocate(1);
        double sum = 0;
        int count = 0;
        do {
            if (TessAPI.INSTANCE.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_TEXTLINE) != 0
                    && !words.isEmpty()) {
                lines.add(Line.of(words));
                words.clear();
            }
            Pointer utf8 = TessAPI.INSTANCE.TessResultIteratorGetUTF8Text(it, TessPageIteratorLevel.RIL_WORD);
            if (utf8 == null) {
                continue;
            }
            String text = utf8.getString(0, "UTF-8").strip();
            TessAPI.INSTANCE.TessDeleteText(utf8);
            if (text.isEmpty()) {
                continue;
            }
            float confidence = TessAPI.INSTANCE.TessResultIteratorConfidence(it, TessPageIteratorLevel.RIL_WORD);
            TessAPI.INSTANCE.TessPageIteratorBoundingBox(
                    page, TessPageIteratorLevel.RIL_WORD, left, top, right, bottom);
            Box box = new Box(
                    left.get(0),
                    top.get(0),
                    Math.max(0, right.get(0) - left.get(0)),
                    Math.max(0, bottom.get(0) - top.get(0)));
            double c = Math.max(0, Math.min(100, confidence));
            words.add(new Word(text, box, c / 100));
            sum += c;
            count++;
        } while (TessAPI.INSTANCE.TessResultIteratorNext(it, TessPageIteratorLevel.RIL_WORD) != 0);
        if (!words.isEmpty()) {
            lines.add(Line.of(words));
        }
        return new OcrResult(lines, count == 0 ? 0 : sum / count, count);
    }
}
