package org.courrier.extract.engine;

import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained line labeller, the way GROBID labels a header: every line of the letter gets one of the
 * {@link #LABELS} from a maximum-entropy model over its {@link LayoutFeatures} and the labels of the two lines above
 * it, decoded left to right with a small beam so that a sequence the model finds likelier as a whole wins over
 * greedy choices.
 *
 * <p>The committed model ({@value #RESOURCE}, beside this class) is written by {@code ./courrier train-layout}; its
 * README (the same folder, {@code layout-model.md}) holds the command that reproduces it. Immutable and thread-safe:
 * OpenNLP's {@code MaxentModel.eval} keeps no state between calls.
 */
public final class LayoutModel {

    /** The committed model's resource name, beside this class. */
    public static final String RESOURCE = "layout-model.bin.gz";
    /**
     * The authored dev letters the committed model was trained on, one id a line, beside this class: its fields
     * on them are no measure of it (the calibration leaves them out).
     */
    public static final String TRAINING_LETTERS = "layout-model-letters.txt";

    /** What a line can be. */
    static final String SENDER = "sender";

    static final String REFERENCE = "reference";
    static final String THEIR_REFERENCE = "their-reference";
    static final String DATE = "date";
    static final String RECIPIENT = "recipient";
    static final String SUBJECT = "subject";
    static final String COPIES_HEADING = "copies-heading";
    static final String COPY_ITEM = "copy-item";
    static final String SIGNATURE = "signature";
    static final String SALUTATION = "salutation";
    static final String BODY = "body";
    static final String OTHER = "other";

    /** Every label, in the order the training report lists them. */
    public static final List<String> LABELS = List.of(
            SENDER,
            REFERENCE,
            THEIR_REFERENCE,
            DATE,
            RECIPIENT,
            SUBJECT,
            COPIES_HEADING,
            COPY_ITEM,
            SIGNATURE,
            SALUTATION,
            BODY,
            OTHER);

    private static final int BEAM = 4;
    private static final String START = "start";

    private final MaxentModel model;

    LayoutModel(MaxentModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The labels of a letter's lines, with how sure the model is of each. */
    record Labelling(List<String> labels, double[] probabilities) {

        String label(int i) {
            return labels.get(i);
        }

        double probability(int i) {
            return probabilities[i];
        }
    }

    /** The committed model, or null when the build carries none. */
    static LayoutModel standard() {
        return Standard.MODEL;
    }

    private static final class Standard {
        static final LayoutModel MODEL = loadResource();

        private static LayoutModel loadResource() {
            try (InputStream in = LayoutModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the layout model resource " + RESOURCE + " cannot be read", e);
            }
        }
    }

    /** The ids of the letters the committed model was trained on ({@value #TRAINING_LETTERS}); empty without it. */
    public static java.util.Set<String> trainingLetters() {
        try (InputStream in = LayoutModel.class.getResourceAsStream(TRAINING_LETTERS)) {
            return in == null ? java.util.Set.of() : readLetters(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the list " + TRAINING_LETTERS + " cannot be read", e);
        }
    }

    /** Letter ids, one a line; blank lines and {@code #} comments skipped. */
    public static java.util.Set<String> readLetters(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String line : text.split("\n")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                out.add(id);
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Reads a model written by {@link #write}: OpenNLP's binary model format, gzipped. */
    public static LayoutModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a layout model (" + e.getMessage() + ")", e);
        }
    }

    static LayoutModel read(InputStream in) throws IOException {
        AbstractModel m = new GenericModelReader(
                        new BinaryFileDataReader(new GZIPInputStream(new BufferedInputStream(in))))
                .getModel();
        for (int k = 0; k < m.getNumOutcomes(); k++) {
            if (!LABELS.contains(m.getOutcome(k))) {
                throw new IOException("the model gives a label the extractor does not know: " + m.getOutcome(k));
            }
        }
        return new LayoutModel(m);
    }

    /** Writes the model, gzipped. */
    public void write(Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            write(out);
        }
    }

    private void write(OutputStream out) throws IOException {
        GenericModelWriter writer = new GenericModelWriter((AbstractModel) model, new DataOutputStream(out));
        writer.persist();
    }

    /** Labels every line of the letter. */
    Labelling label(LetterMap map, LayoutFeatures features) {
        return decode(features.of(map));
    }

    /** One hypothesis of the beam: its last label, how sure the model was of it, and the hypothesis it extends. */
    private record Node(Node parent, String label, double probability, double logScore, int length) {

        String label(int back) {
            Node n = this;
            for (int k = 0; k < back && n != null; k++) {
                n = n.parent();
            }
            return n == null || n.label() == null ? START : n.label();
        }
    }

    Labelling decode(List<String[]> lines) {
        List<Node> beam = List.of(new Node(null, null, 1, 0, 0));
        for (String[] line : lines) {
            List<Node> next = new ArrayList<>();
            for (Node p : beam) {
                double[] outcome = model.eval(LayoutFeatures.withHistory(line, p.label(0), p.label(1)));
                Integer[] order = new Integer[outcome.length];
                for (int k = 0; k < order.length; k++) {
                    order[k] = k;
                }
                Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -outcome[k]));
                for (int r = 0; r < Math.min(BEAM, order.length); r++) {
                    int k = order[r];
                    next.add(new Node(
                            p,
                            model.getOutcome(k),
                            outcome[k],
                            p.logScore() + Math.log(Math.max(1e-12, outcome[k])),
                            p.length() + 1));
                }
            }
            next.sort(Comparator.comparingDouble((Node p) -> -p.logScore()));
            beam = next.subList(0, Math.min(BEAM, next.size()));
        }
        Node best = beam.get(0);
        String[] labels = new String[best.length()];
        double[] probs = new double[best.length()];
        for (Node n = best; n.parent() != null; n = n.parent()) {
            labels[n.length() - 1] = n.label();
            probs[n.length() - 1] = n.probability();
        }
        return new Labelling(List.of(labels), probs);
    }
}
