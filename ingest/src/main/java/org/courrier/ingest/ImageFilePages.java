package org.courrier.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Image files (TIFF with all its pages, including CCITT G4 faxes; PNG, JPEG including CMYK, BMP, GIF with its
 * first frame only). Page counts, sizes and
 * resolutions are read from the headers without decoding pixels, so a pixel bomb is refused before it costs
 * memory; each page is decoded only when a worker renders it.
 *
 * <p>Thread-safe: each rendering opens its own reader on the file.
 */
final class ImageFilePages {

    /** A4 width in inches: the resolution of a scan without one in its header is guessed from its width. */
    private static final double A4_WIDTH_INCHES = 8.27;

    static {
        ImageIO.setUseCache(false);
    }

    /**
     * A page narrower or lower than this many pixels cannot hold a line of text at any resolution: refused as
     * {@link Reason#EMPTY}, never handed to OCR (which fails on it, and a retry would fail the same way).
     */
    static final int MIN_SIDE_PIXELS = 16;

    /** How far from the end of a JPEG file its end-of-image marker is looked for (trailers after it are allowed). */
    private static final int JPEG_TAIL_BYTES = 64 * 1024;

    private ImageFilePages() {}

    static OpenedDocument open(FileFacts facts, IntakeLimits limits) throws CourrierException {
        if (facts.mediaType().equals("image/jpeg")) {
            requireJpegEnd(facts);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(facts.path().toFile())) {
            ImageReader reader = readerFor(facts, in);
            try {
                int count = onlyFirstFrame(reader) ? 1 : isTiff(reader) ? tiffPages(facts, in, limits) : -1;
                reader.setInput(in, false, true);
                if (count < 0) {
                    count = reader.getNumImages(true);
                }
                if (count <= 0) {
                    throw new CourrierException(Reason.CORRUPT, facts.name() + ": the image holds no page");
                }
                if (count > limits.maxPages()) {
                    throw new CourrierException(
                            Reason.TOO_LARGE,
                            facts.name() + ": " + count + " pages is over the limit of " + limits.maxPages()
                                    + " (courrier.intake.max-pages)");
                }
                List<PageSource> pages = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    long width = reader.getWidth(i);
                    long height = reader.getHeight(i);
                    if (width <= 0 || height <= 0) {
                        throw new CourrierException(
                                Reason.CORRUPT, facts.name() + ": page " + (i + 1) + " has no size");
                    }
                    if (width < MIN_SIDE_PIXELS || height < MIN_SIDE_PIXELS) {
                        throw new CourrierException(
                                Reason.EMPTY,
                                facts.name() + ": page " + (i + 1) + " is " + width + " x " + height
                                        + " pixels, too small to hold any text (at least " + MIN_SIDE_PIXELS
                                        + " x " + MIN_SIDE_PIXELS + ")");
                    }
                    if (width * height > limits.maxPixelsPerPage()) {
                        throw new CourrierException(
                                Reason.TOO_LARGE,
                                facts.name() + ": page " + (i + 1) + " is "
                                        + width + " x " + height + " pixels, over the limit of "
                                        + limits.maxPixelsPerPage()
                                        + " (courrier.intake.max-pixels-per-page)");
                    }
                    pages.add(new ImagePage(facts, i, dpi(reader, i, width)));
                }
                return new LoadedDocument(facts.source(count), pages, () -> {});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new CourrierException(
                    Reason.CORRUPT, facts.name() + ": the " + facts.mediaType() + " image cannot be read: " + e, e);
        }
    }

    /**
     * A JPEG cut short (an interrupted transfer, a scanner that stopped) decodes without an error into a page whose
     * missing part is grey, and gives a record of part of the letter with nothing to say so: it is refused as
     * {@link Reason#CORRUPT} instead, when its end-of-image marker ({@code FF D9}, which no other place in a JPEG
     * stream holds) is not in its last bytes.
     */
    private static void requireJpegEnd(FileFacts facts) throws CourrierException {
        try (java.nio.channels.SeekableByteChannel channel = java.nio.file.Files.newByteChannel(facts.path())) {
            long size = channel.size();
            int n = (int) Math.min(size, JPEG_TAIL_BYTES);
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(n);
            channel.position(size - n);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // read the whole tail
            }
            byte[] b = tail.array();
            for (int i = tail.position() - 2; i >= 0; i--) {
                if (b[i] == (byte) 0xFF && b[i + 1] == (byte) 0xD9) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new CourrierException(Reason.IO_ERROR, facts.name() + ": cannot be read: " + e.getMessage(), e);
        }
        throw new CourrierException(
                Reason.CORRUPT,
                facts.name() + ": the JPEG image is cut short (no end-of-image marker): part of the page is missing;"
                        + " scan or send it again");
    }

    /** A GIF letter is one picture: the further frames of an animated GIF are animation, not pages. */
    private static boolean onlyFirstFrame(ImageReader reader) throws IOException {
        return "gif".equalsIgnoreCase(reader.getFormatName());
    }

    private static boolean isTiff(ImageReader reader) throws IOException {
        return "tif".equalsIgnoreCase(reader.getFormatName()) || "tiff".equalsIgnoreCase(reader.getFormatName());
    }

    /**
     * The pages of a TIFF, counted by following its chain of image directories without the JDK's reader, whose own
     * count follows a chain that loops back on itself for ever, growing a list until the heap is gone. A loop is
     * refused as {@link Reason#CORRUPT}; the count stops one past {@link IntakeLimits#maxPages()} (a longer chain is
     * refused by the caller all the same). A directory of no entries ends the chain, as it does for the JDK's reader.
     * The stream is left at its start. Returns -1 for what is not a classic TIFF (BigTIFF, say): the reader says
     * what it makes of it.
     */
    private static int tiffPages(FileFacts facts, ImageInputStream in, IntakeLimits limits)
            throws IOException, CourrierException {
        try {
            in.seek(0);
            int order = in.readUnsignedShort();
            if (order != 0x4949 && order != 0x4D4D) {
                return -1;
            }
            in.setByteOrder(order == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            if (in.readUnsignedShort() != 42) {
                return -1;
            }
            Set<Long> seen = new HashSet<>();
            int pages = 0;
            for (long directory = in.readUnsignedInt(); directory != 0 && pages <= limits.maxPages(); pages++) {
                if (!seen.add(directory)) {
                    throw new CourrierException(
                            Reason.CORRUPT,
                            facts.name() + ": the TIFF's chain of pages loops back to byte " + directory + " after "
                                    + pages + " pages");
                }
                in.seek(directory);
                int entries = in.readUnsignedShort();
                if (entries == 0) {
                    break;
                }
                in.skipBytes(12L * entries);
                directory = in.readUnsignedInt();
            }
            return pages;
        } finally {
            in.setByteOrder(ByteOrder.BIG_ENDIAN);
            in.seek(0);
        }
    }

    private static ImageReader readerFor(FileFacts facts, ImageInputStream in) throws CourrierException {
        if (in == null) {
            throw new CourrierException(Reason.IO_ERROR, facts.name() + ": cannot be opened for reading");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new CourrierException(
                    Reason.CORRUPT, facts.name() + ": no image reader understands this " + facts.mediaType() + " file");
        }
        return readers.next();
    }

    /** Resolution from the header (standard metadata, millimetres per pixel), else guessed from an A4 width. */
    private static int dpi(ImageReader reader, int index, long width) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
                Element root = (Element) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
                NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
                if (sizes.getLength() > 0) {
                    double mmPerPixel = Double.parseDouble(((Element) sizes.item(0)).getAttribute("value"));
                    int dpi = (int) Math.round(25.4 / mmPerPixel);
                    if (dpi >= 50 && dpi <= 1200) {
                        return dpi;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no usable resolution in the header: guess below
        }
        return (int) Math.max(50, Math.min(1200, Math.round(width / A4_WIDTH_INCHES)));
    }

    /** One page of an image file, decoded on demand. */
    private record ImagePage(FileFacts facts, int index, int dpi) implements PageSource.Image {

        @Override
        public int number() {
            return index + 1;
        }

        @Override
        public BufferedImage render() throws CourrierException {
            try (ImageInputStream in =
                    ImageIO.createImageInputStream(facts.path().toFile())) {
                ImageReader reader = readerFor(facts, in);
                try {
                    reader.setInput(in, false, true);
                    return reader.read(index);
                } finally {
                    reader.dispose();
                }
            } catch (IOException | RuntimeException e) {
                throw new CourrierException(
                        Reason.CORRUPT, facts.name() + ": page " + number() + " cannot be decoded: " + e, e);
            }
        }
    }
}
