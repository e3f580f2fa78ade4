package org.courrier.routes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates distinct plain-text letters of one to three pages for routing tests (the test intake reads them).
 * Content is invented here; only its shape resembles official correspondence.
 */
final class Letters {

    private static final String[] SENDERS = {
        "Ministère de l'Exemple", "Embassy of Nowhere", "Agence des Essais", "Office for Test Letters"
    };

    private Letters() {}

    static String letter(int n) {
        StringBuilder b = new StringBuilder();
        b.append(SENDERS[n % SENDERS.length]).append('\n');
        b.append(String.format(Locale.ROOT, "N° %05d / TEST%n", 100 + n));
        b.append("Objet : lettre d'essai numéro ").append(n).append('\n');
        b.append("Madame, Monsieur, ceci est la lettre ").append(n).append(".\n");
        for (int page = 2; page <= 1 + n % 3; page++) {
            b.append('\f')
                    .append("Page ")
                    .append(page)
                    .append(" de la lettre ")
                    .append(n)
                    .append('\n');
        }
        return b.toString();
    }

    /** Writes letters 1..count as {@code letter-NN.txt} into the folder. */
    static List<Path> write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            files.add(Files.writeString(
                    folder.resolve(String.format(Locale.ROOT, "letter-%02d.txt", i)),
                    letter(i),
                    StandardCharsets.UTF_8));
        }
        return files;
    }
}
