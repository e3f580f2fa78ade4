package org.courrier.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * An OpenNLP maximum-entropy (GIS) classifier that labels each line of the signature window ({@link SignatureLines})
 * as the signatory's {@value #NAME}, their {@value #TITLE}, or {@value #OTHER}. It is trained from plain-text events
 * (one line per event: the label, then the features, separated by spaces), which {@code SignatoryTrialCommand train}
 * writes from generated training letters; nothing binary is stored and nothing is downloaded.
 *
 * <p>An experiment, not used by the pipeline: on the evaluation it did not beat the hand rules of
 * {@link SignatoryEngine} (README, "Trained models tried").
 *
 * <p>Thread-safe once trained: the model is only read ({@link MaxentModel#eval} keeps no state between calls).
 */
final class SignatureLineModel {

    static final String NAME = "NAME";
    static final String TITLE = "TITLE";
    static final String OTHER = "OTHER";

    private final MaxentModel model;
    private final int nameIndex;
    private final int titleIndex;

    private SignatureLineModel(MaxentModel model) {
        this.model = model;
        this.nameIndex = model.getIndex(NAME);
        this.titleIndex = model.getIndex(TITLE);
        if (nameIndex < 0 || titleIndex < 0) {
            throw new IllegalArgumentException("the training events have no " + NAME + " or no " + TITLE + " event");
        }
    }

    /** Trains a model on events in text form ({@code LABEL feature …} a line; blank lines and {@code #} comments skipped). */
    static SignatureLineModel trainOn(List<String> lines) {
        List<Event> events = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                events.add(event(line));
            }
        }
        return train(events);
    }

    /** Trains a model on events; deterministic (GIS, fixed iterations, one thread). */
    static SignatureLineModel train(List<Event> events) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, 150);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
        try {
            return new SignatureLineModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException("training the signature-line model failed", e);
        }
    }

    /** One event from its text form: {@code LABEL feature feature …}. */
    static Event event(String line) {
        String[] parts = line.strip().split(" +");
        return new Event(parts[0], Arrays.copyOfRange(parts, 1, parts.length));
    }

    /** The text form of an event, as {@link #event} reads it. */
    static String text(String label, String[] features) {
        return label + " " + String.join(" ", features);
    }

    /** Probability of each label for every line of the window: {@code [k][0]} name, {@code [k][1]} title. */
    double[][] score(SignatureLines window) {
        double[][] out = new double[window.size()][];
        for (int k = 0; k < window.size(); k++) {
            double[] p = model.eval(window.features(k));
            out[k] = new double[] {p[nameIndex], p[titleIndex]};
        }
        return out;
    }
}
