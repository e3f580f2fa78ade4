package org.courrier.extract.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.courrier.extract.record.Field;

/**
 * Puts the {@link LayoutModel} beside the rules: in {@code model} mode the model's field replaces the rule's; in
 * {@code combined} mode the rule's value stands unless the rule is unsure of it (its confidence under the field's
 * {@link Policy#ruleSure}) or found nothing, and the model is sure of its own (at least {@link Policy#modelSure}).
 * Immutable and thread-safe.
 */
public final class LayoutCombiner {

    /** The fields the model can propose. */
    public enum Slot {
        SENDER,
        REFERENCE,
        DATE,
        RECIPIENT,
        SUBJECT,
        COPIES
    }

    /**
     * When the model takes over a field from the rules in {@code combined} mode.
     *
     * @param ruleSure  a rule value at this confidence or more is kept (above 1: the model may always take over)
     * @param modelSure the model's value replaces an unsure or absent rule value from this confidence (above 1:
     *                  never)
     */
    public record Policy(double ruleSure, double modelSure) {

        /** The rule always stands. */
        public static final Policy RULES = new Policy(0, 2);
    }

    /**
     * The policy of each field in {@code combined} mode, measured on held-out folds of the authored corpus's dev
     * half ({@code ./courrier train-layout --cross-validate}, see {@code layout-model.md}).
     */
    static final Map<Slot, Policy> COMBINED = policies(
            Policy.RULES, // sender: 52.6 -> 52.6, no policy helped
            Policy.RULES, // reference: 84.1 -> 86.5 with (0.85, 0.7) on dev, but a fax of the generator's floors
            // sample lost
            new Policy(2, 0), // date: the model's whenever it found one, 92.3 -> 96.0
            new Policy(0.85, 0.7), // recipient: 65.6 -> 71.4
            new Policy(0.01, 0.7), // subject: only where the rules found none, 73.1 -> 76.4
            new Policy(0.01, 0.7)); // copies: only where the rules found none, 72.9 -> 79.3

    private final FieldExtractor.Mode mode;
    private final LayoutModel model;
    private final LayoutFeatures features;
    private final LayoutProposer proposer;

    /** The committed policy of a field in {@code combined} mode. */
    public static Policy policy(Slot slot) {
        return COMBINED.get(slot);
    }

    LayoutCombiner(FieldExtractor.Mode mode, LayoutModel model, DateFinder dates) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.model = Objects.requireNonNull(model, "model");
        this.features = new LayoutFeatures(dates);
        this.proposer = new LayoutProposer(dates);
    }

    LayoutProposer.Proposal propose(LetterMap map) {
        return proposer.propose(map, model.label(map, features));
    }

    <T> Field<T> choose(Field<T> rule, Field<T> proposed, Slot slot) {
        if (mode == FieldExtractor.Mode.MODEL) {
            return proposed;
        }
        return combine(rule, proposed, COMBINED.get(slot));
    }

    /**
     * The rule's field unless it is unsure or absent and the model's is sure (see {@link Policy}). A proposal read
     * from some of the very lines the rule's value was read from, fewer than half of them (an address's last two
     * lines where the rule took the whole address of five), only cuts the rule's value short: the rule's stands.
     */
    public static <T> Field<T> combine(Field<T> rule, Field<T> proposed, Policy policy) {
        if (rule.holdsValue() && rule.confidence() >= policy.ruleSure()) {
            return rule;
        }
        if (rule.holdsValue() && partOf(proposed, rule)) {
            return rule;
        }
        if (proposed.holdsValue() && proposed.confidence() >= policy.modelSure()) {
            return proposed;
        }
        return rule;
    }

    private static boolean partOf(Field<?> proposed, Field<?> rule) {
        return !proposed.evidence().isEmpty()
                && 2 * proposed.evidence().size() < rule.evidence().size()
                && rule.evidence().containsAll(proposed.evidence());
    }

    private static Map<Slot, Policy> policies(Policy... bySlot) {
        Map<Slot, Policy> out = new EnumMap<>(Slot.class);
        for (Slot s : Slot.values()) {
            out.put(s, bySlot[s.ordinal()]);
        }
        return Map.copyOf(out);
    }
}
