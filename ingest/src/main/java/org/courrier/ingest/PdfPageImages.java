package org.courrier.ingest;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The largest image a PDF page would decode when it is rendered, read from the PDF's dictionaries only, never
 * decoded: the image XObjects of the page's resources, of the forms, tiling patterns and annotation appearances it
 * draws (nested to any depth, each object looked at once), and their soft masks. The width and height an image
 * declares are what the renderer allocates, whatever its compressed size: a 30000 x 30000 Flate image of zeros
 * takes under a megabyte in the file and 900 MB (gray) to 3.6 GB (RGB) once decoded.
 *
 * <p>Not covered: inline images in content streams (their size is bounded by the content stream's own bytes only
 * after decompression) and JPEG 2000 images that declare no size in their dictionary.
 */
final class PdfPageImages {

    /** An image's declared size. */
    record Size(long width, long height) {
        long pixels() {
            return width * height;
        }
    }

    private static final Size NONE = new Size(0, 0);

    private PdfPageImages() {}

    /** The declared size of the page's image with the most pixels; 0 x 0 when it draws none. */
    static Size largest(PDPage page) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Size largest = resources(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), seen);
        COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annotations != null) {
            for (int i = 0; i < annotations.size(); i++) {
                if (annotations.getObject(i) instanceof COSDictionary annotation
                        && annotation.getDictionaryObject(COSName.AP) instanceof COSDictionary appearance) {
                    for (COSName state : appearance.keySet()) {
                        largest = max(largest, appearanceEntry(appearance.getDictionaryObject(state), seen));
                    }
                }
            }
        }
        return largest;
    }

    /** An appearance entry is a form, or a dictionary of forms by state. */
    private static Size appearanceEntry(COSBase entry, Set<COSBase> seen) {
        if (entry instanceof COSStream stream) {
            return xObject(stream, seen);
        }
        Size largest = NONE;
        if (entry instanceof COSDictionary states) {
            for (COSName state : states.keySet()) {
                if (states.getDictionaryObject(state) instanceof COSStream stream) {
                    largest = max(largest, xObject(stream, seen));
                }
            }
        }
        return largest;
    }

    private static Size resources(COSDictionary resources, Set<COSBase> seen) {
        if (resources == null || !seen.add(resources)) {
            return NONE;
        }
        Size largest = NONE;
        for (COSName kind : new COSName[] {COSName.XOBJECT, COSName.PATTERN}) {
            COSDictionary named = resources.getCOSDictionary(kind);
            if (named == null) {
                continue;
            }
            for (COSName name : named.keySet()) {
                if (named.getDictionaryObject(name) instanceof COSStream stream) {
                    largest = max(largest, xObject(stream, seen));
                }
            }
        }
        return largest;
    }

    /** An image (with its soft mask), or a form or tiling pattern whose own resources are looked at. */
    private static Size xObject(COSStream stream, Set<COSBase> seen) {
        if (!seen.add(stream)) {
            return NONE;
        }
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            Size size = new Size(
                    Math.max(0, stream.getInt(COSName.WIDTH, 0)), Math.max(0, stream.getInt(COSName.HEIGHT, 0)));
            if (stream.getDictionaryObject(COSName.SMASK) instanceof COSStream mask) {
                size = max(size, xObject(mask, seen));
            }
            return size;
        }
        return resources(stream.getCOSDictionary(COSName.RESOURCES), seen);
    }

    private static Size max(Size a, Size b) {
        return b.pixels() > a.pixels() ? b : a;
    }
}
