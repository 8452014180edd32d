package io.gizmostudio.core.generate;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The state a prompt says an asset is in ("an oven with its door opened at 110°", "a cabinet with its drawers half
 * open") as the articulation's initial joint positions, so every export and the app start there instead of closed.
 *
 * <p>An opening joint is a limited joint whose name says what it opens: doors and door leaves, lids and screens
 * (hinged, or a sliding leaf), drawers, and the racks inside an appliance; it opens from zero toward the end of its
 * range farther from zero. {@code initial_open_deg} opens every hinged door and lid by that angle;
 * {@code initial_open_fraction} opens the part the prompt named ({@code initial_open_part}: door, lid, drawer or
 * rack) by that share of its travel, or, when no part was named, every door, lid and drawer (racks stay in: "an oven
 * with its door open" does not pull its racks out). A value beyond a joint's range is clamped into it and the
 * spec's notes say so; a state the asset has no part for lands in the spec's ignored list. Racks pulled out of an
 * appliance open its door fully (they come out through it).
 */
public final class InitialState {
    /** What one joint opens, from the words in its name. */
    enum Part {
        DOOR, LID, DRAWER, RACK;

        static Optional<Part> of(Joint j) {
            if (!j.type().isLimited() || j.limits() == null || j.mimic() != null) {
                return Optional.empty();
            }
            String n = j.name().toLowerCase(Locale.ROOT);
            if (n.contains("rack")) {
                return Optional.of(RACK);
            }
            if (n.contains("drawer")) {
                return Optional.of(DRAWER);
            }
            if (n.contains("lid") || n.contains("screen")) {
                return Optional.of(LID);
            }
            return n.contains("door") || n.contains("leaf") ? Optional.of(DOOR) : Optional.empty();
        }

        /** Whether a prompt naming {@code named} means this part: a door and a lid are one kind of word. */
        boolean answersTo(Part named) {
            return named == this || hinged() && named.hinged();
        }

        private boolean hinged() {
            return this == DOOR || this == LID;
        }

        boolean hinged(Joint j) {
            return (this == DOOR || this == LID) && j.type() == JointType.REVOLUTE;
        }
    }

    /** The asset in its stated state, and the spec with a note for every clamped value (ignored: a state not honoured). */
    public record Applied(AssetSpec spec, Articulation articulation) {
    }

    private InitialState() {
    }

    /** {@code asset} starting in the state {@code spec} states; both unchanged when it states none. */
    public static Applied apply(AssetSpec spec, Articulation asset) {
        boolean degrees = spec.quantities().containsKey(StateWords.OPEN_DEG);
        boolean fraction = spec.quantities().containsKey(StateWords.OPEN_FRACTION);
        if (!FamilyParameters.isOpenable(spec.family()) || (!degrees && !fraction)) {
            return new Applied(spec, asset);
        }
        Optional<Part> named = partNamed(spec);
        Map<String, Double> positions = new LinkedHashMap<>(asset.initialPositions());
        List<String> notes = new ArrayList<>();
        for (Joint j : asset.movableJoints()) {
            Part part = Part.of(j).orElse(null);
            if (part == null) {
                continue;
            }
            if (degrees && part.hinged(j)) {
                double deg = spec.quantity(StateWords.OPEN_DEG, 0);
                positions.put(j.name(), opened(j, Math.toRadians(deg), String.format(Locale.ROOT, "%.0f°", deg), notes));
            } else if (!degrees && named.map(part::answersTo).orElse(part != Part.RACK)) {
                double share = spec.quantity(StateWords.OPEN_FRACTION, 0);
                double travel = farEnd(j);
                positions.put(j.name(), opened(j, share * travel, Math.round(share * 100) + " % open", notes));
            }
        }
        openDoorsForRacks(asset, positions, notes);
        AssetSpec out = spec;
        if (positions.keySet().equals(asset.initialPositions().keySet())) {
            String stated = degrees ? String.format(Locale.ROOT, "opened at %.0f°", spec.quantity(StateWords.OPEN_DEG, 0))
                    : String.format(Locale.ROOT, "%.0f %% open", 100 * spec.quantity(StateWords.OPEN_FRACTION, 0));
            out = out.withIgnored(stated + " (the " + spec.family().description() + " has no "
                    + (degrees ? "hinged door or lid" : named.map(p -> p.name().toLowerCase(Locale.ROOT)).orElse("door, lid or drawer"))
                    + ")");
        }
        for (String n : notes) {
            out = out.withNote(n);
        }
        positions.values().removeIf(q -> q == 0);
        return new Applied(out, asset.withInitialPositions(positions));
    }

    /** A rack pulled out of an appliance passes its door: every door of the asset then opens fully. */
    private static void openDoorsForRacks(Articulation asset, Map<String, Double> positions, List<String> notes) {
        boolean racksOut = asset.movableJoints().stream()
                .anyMatch(j -> Part.of(j).orElse(null) == Part.RACK && positions.getOrDefault(j.name(), 0.0) != 0);
        if (!racksOut) {
            return;
        }
        for (Joint j : asset.movableJoints()) {
            if (Part.of(j).orElse(null) == Part.DOOR && positions.getOrDefault(j.name(), 0.0) != farEnd(j)) {
                positions.put(j.name(), farEnd(j));
                notes.add(j.name() + ": opened fully so the racks can come out");
            }
        }
    }

    private static Optional<Part> partNamed(AssetSpec spec) {
        String p = spec.options().get(StateWords.OPEN_PART);
        return p == null ? Optional.empty() : Optional.of(Part.valueOf(p.toUpperCase(Locale.ROOT)));
    }

    /** The end of {@code j}'s range farther from zero: where it is fully open (signed). */
    private static double farEnd(Joint j) {
        return Math.abs(j.limits().upper()) >= Math.abs(j.limits().lower()) ? j.limits().upper() : j.limits().lower();
    }

    /** {@code j} opened by {@code amount} (rad or m) toward its far end, clamped into its range with a note. */
    private static double opened(Joint j, double amount, String stated, List<String> notes) {
        double far = farEnd(j);
        double q = Math.signum(far) * amount;
        double clamped = j.limits().clamp(q);
        if (Math.abs(clamped - q) > 1e-12) {
            notes.add(j.name() + ": " + stated + " clamped to " + reading(j, clamped) + ", the end of its range");
        }
        return clamped;
    }

    private static String reading(Joint j, double q) {
        return j.type().isRotational() ? String.format(Locale.ROOT, "%.0f°", Math.toDegrees(q))
                : String.format(Locale.ROOT, "%.0f mm", q * 1000);
    }
}
