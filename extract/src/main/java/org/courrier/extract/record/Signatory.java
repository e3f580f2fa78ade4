package org.courrier.extract.record;

/** Who signed: name (null for a note verbale) and title, e.g. {@code Le Ministre}. */
public record Signatory(String name, String title) {

    public Signatory {
        if (name == null && title == null) {
            throw new IllegalArgumentException("a signatory needs a name or a title");
        }
    }
}
