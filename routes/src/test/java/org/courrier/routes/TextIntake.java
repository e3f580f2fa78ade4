package org.courrier.routes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.courrier.document.Box;
import org.courrier.document.CourrierException;
import org.courrier.document.Line;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.document.Reason;
import org.courrier.document.SourceFile;
import org.courrier.document.Word;
import org.courrier.ingest.Intake;
import org.courrier.ingest.OpenedDocument;
import org.courrier.ingest.PageSource;

/**
 * A test intake for routing tests, independent of the real intake's progress: plain-text letters, pages separated by
 * form feeds. Refuses like the real one: an empty file is EMPTY, a "PDF" without its %%EOF trailer is CORRUPT.
 * A line {@code FAIL: REASON} makes it refuse with that reason; {@code FLAKY: n} fails with IO_ERROR n times first.
 */
final class TextIntake implements Intake {

    private final Map<String, AtomicInteger> flakyCalls = new ConcurrentHashMap<>();

    @Override
    public OpenedDocument open(Path file) throws CourrierException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CourrierException(Reason.NOT_FOUND, file.getFileName() + ": not found", e);
        } catch (IOException e) {
            throw new CourrierException(Reason.IO_ERROR, file.getFileName() + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        if (bytes.length == 0) {
            throw new CourrierException(Reason.EMPTY, name + ": the file is empty");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("%PDF") && !text.stripTrailing().endsWith("%%EOF")) {
            throw new CourrierException(Reason.CORRUPT, name + ": truncated PDF (no %%EOF trailer)");
        }
        for (String line : text.split("\n")) {
            if (line.startsWith("FAIL: ")) {
                throw new CourrierException(Reason.valueOf(line.substring(6).trim()), name + ": refused as asked");
            }
            if (line.startsWith("FLAKY: ")
                    && flakyCalls
                                    .computeIfAbsent(name, k -> new AtomicInteger())
                                    .incrementAndGet()
                            <= Integer.parseInt(line.substring(7).trim())) {
                throw new CourrierException(Reason.IO_ERROR, name + ": passing read error");
            }
        }
        List<PageSource> pages = new ArrayList<>();
        String[] texts = text.split("\f");
        for (int i = 0; i < texts.length; i++) {
            pages.add(new PageSource.Ready(page(i + 1, texts[i])));
        }
        SourceFile source = new SourceFile(name, "text/plain", bytes.length, pages.size(), sha256(bytes));
        return new OpenedDocument() {
            @Override
            public SourceFile source() {
                return source;
            }

            @Override
            public List<PageSource> pages() {
                return pages;
            }

            @Override
            public void close() {}
        };
    }

    private static Page page(int number, String text) {
        List<Line> lines = new ArrayList<>();
        int y = 0;
        for (String l : text.split("\n")) {
            List<Word> words = Arrays.stream(l.trim().split("\\s+"))
                    .filter(w -> !w.isEmpty())
                    .map(w -> new Word(w, new Box(0, 0, 10 * w.length(), 20), 1.0))
                    .toList();
            if (!words.isEmpty()) {
                lines.add(new Line(l.trim(), new Box(0, y, 10 * l.length(), 20), words, 1.0));
            }
            y += 30;
        }
        return new Page(number, 2480, 3508, lines, PageMethod.TEXT, 100, 0, 0);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
