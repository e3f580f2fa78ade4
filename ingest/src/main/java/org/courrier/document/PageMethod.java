package org.courrier.document;

/** How a page's text was obtained. */
public enum PageMethod {
    /** Recognised by OCR from a page image. */
    OCR("ocr"),
    /** Taken from a PDF's own text layer, with positions. */
    TEXT_LAYER("text-layer"),
    /** Taken from a born-digital document without positions (DOCX, ODT, RTF, plain text). */
    TEXT("text");

    private final String label;

    PageMethod(String label) {
        this.label = label;
    }

    /** The name used in the letter record. */
    public String label() {
        return label;
    }
}
