package io.gizmostudio.core.generate;

import io.gizmostudio.core.generate.Composition.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link PromptReading} into an {@link AssetSpec}: attaches every trait to the mention it describes,
 * merges mentions of the same asset, composes robot parts (base → arm → gripper) and clamps every parameter
 * into its family's range ({@link FamilyParameters}).
 *
 * <p>A trait belongs to the next family mention after it when nothing separates them ("a <u>6-DOF</u> arm",
 * "a <u>red</u> gripper"); otherwise to the nearest mention before it ("a cabinet with <u>3 drawers</u>").
 * Separators are clause breaks and linking words such as "with", "and", "on". Counts and named dimensions only
 * go to mentions whose family takes them, so in "a rover with 6 wheels and a 5-DOF arm" the wheels are the
 * rover's and the DOF the arm's.
 */
final class SpecAssembler {
    private static final Logger LOG = LoggerFactory.getLogger(SpecAssembler.class);
    private static final Set<String> SEPARATORS = Set.of("with", "and", "on", "onto", "plus", "mounted", "carrying",
            "holding", "attached", "has", "having", "featuring", "that", "which", "fitted", "equipped", "atop",
            "using", "beside", "next", "or", "in", "for", "to", "from", "under", "over", "of");

    private final PromptReading reading;

    private SpecAssembler(PromptReading reading) {
        this.reading = reading;
    }

    /** The spec the reading describes, or empty when it names no family at all. */
    static Optional<AssetSpec> assemble(PromptReading reading) {
        return new SpecAssembler(reading).assemble();
    }

    /** Traits and mentions of one asset (mentions of the same family or robot role merge). */
    private static final class Group {
        final List<PromptReading.Mention> mentions = new ArrayList<>();
        final List<PromptReading.Trait> traits = new ArrayList<>();

        Family family() {
            return mentions.get(0).family();
        }
    }

    private Optional<AssetSpec> assemble() {
        List<PromptReading.Mention> mentions = new ArrayList<>(reading.mentions);
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (mentions.isEmpty()) {
            impliedMention().ifPresent(mentions::add);
        }
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        Map<Object, Group> groups = new LinkedHashMap<>();
        Map<PromptReading.Mention, Group> groupOf = new LinkedHashMap<>();
        for (PromptReading.Mention m : mentions) {
            Role role = Composition.role(m.family());
            Object key = role == Role.STANDALONE ? m.family() : role;
            Group g = groups.computeIfAbsent(key, k -> new Group());
            g.mentions.add(m);
            groupOf.put(m, g);
        }
        for (PromptReading.Trait t : reading.traits) {
            PromptReading.Mention owner = owner(t, mentions);
            groupOf.get(owner).traits.add(t);
        }
        Group root = groupOf.get(mentions.get(0));
        if (!reading.unsupportedKinds.isEmpty() && root.mentions.stream().allMatch(PromptReading.Mention::weak)) {
            return Optional.empty(); // "a delta robot" is not a serial arm
        }
        AssetSpec spec = compose(root, groups);
        List<String> unused = reading.unusedWords();
        if (LOG.isDebugEnabled()) {
            LOG.debug("read prompt as {}; words not used: {}", spec.describe(), unused);
        }
        return Optional.of(spec);
    }

    /** With no family named, a count may imply one: "three drawers" is a drawer unit, "a pair of doors" a door. */
    private Optional<PromptReading.Mention> impliedMention() {
        for (PromptReading.Trait t : reading.traits) {
            if (t instanceof PromptReading.Count c) {
                Optional<Family> f = CountNouns.impliedFamily(c.key());
                if (f.isPresent()) {
                    String variant = f.get() == Family.CABINET ? "drawer_unit" : null;
                    return Optional.of(new PromptReading.Mention(f.get(), variant, Map.of(), c.start(), c.end(), false));
                }
            }
        }
        return Optional.empty();
    }

    private PromptReading.Mention owner(PromptReading.Trait t, List<PromptReading.Mention> all) {
        List<PromptReading.Mention> candidates = all.stream().filter(m -> takes(m.family(), t)).toList();
        if (candidates.isEmpty()) {
            candidates = all;
        }
        PromptReading.Mention prev = null;
        PromptReading.Mention next = null;
        for (PromptReading.Mention m : candidates) {
            if (m.start() < t.end() && t.start() < m.end()) {
                return m; // the trait sits inside the mention's own words
            }
            if (m.end() <= t.start()) {
                prev = m;
            } else if (next == null && m.start() >= t.end()) {
                next = m;
            }
        }
        if (next != null && (prev == null || !separated(t.end(), next.start()))) {
            return next;
        }
        return prev != null ? prev : next;
    }

    private static boolean takes(Family f, PromptReading.Trait t) {
        if (t instanceof PromptReading.Count c) {
            return FamilyParameters.takesCount(f, CountNouns.keyFor(c.key(), f));
        }
        if (t instanceof PromptReading.Dimension d && d.part() != null) {
            return FamilyParameters.partDimension(f, d.part(), d.key()).isPresent();
        }
        if (t instanceof PromptReading.Dimension d && d.key() != null) {
            return FamilyParameters.dimensionKey(f, d.key()).isPresent();
        }
        if (t instanceof PromptReading.Quantity q) {
            return FamilyParameters.takesQuantity(f, q.key());
        }
        if (t instanceof PromptReading.Reference r) {
            return r.product().family() == f;
        }
        return true;
    }

    private boolean separated(int from, int to) {
        for (int k = from; k < to; k++) {
            PromptToken tok = reading.tokens.get(k);
            if (tok.isBreak() || (tok.isWord() && SEPARATORS.contains(tok.text()) && !reading.isConsumed(k))) {
                return true;
            }
        }
        return false;
    }

    // ---- composition --------------------------------------------------------------------------------------

    private AssetSpec compose(Group root, Map<Object, Group> groups) {
        if (Composition.role(root.family()) == Role.STANDALONE) {
            logDropped(groups, root);
            return withIgnored(spec(root, List.of()), droppedWords(groups, root));
        }
        Group carrier = groups.get(Role.CARRIER);
        Group arm = groups.get(Role.ARM);
        Group head = groups.get(Role.HEAD);
        Group tool = groups.get(Role.TOOL);
        groups.values().stream().filter(g -> Composition.role(g.family()) == Role.STANDALONE)
                .forEach(g -> LOG.debug("prompt also names {}, which cannot be combined with {}; ignored",
                        g.family().wireName(), root.family().wireName()));
        List<AssetSpec> toolPart = tool == null ? List.of() : List.of(spec(tool, List.of()));
        List<String> dropped = droppedWords(groups, null);
        if (carrier != null) {
            List<AssetSpec> parts = new ArrayList<>();
            if (arm != null) {
                parts.add(spec(arm, toolPart));
            } else if (!toolPart.isEmpty()) {
                // a mobile base with a gripper is a mobile manipulator: the gripper needs an arm to sit on
                parts.add(withAttachments(AssetSpec.of(Family.ROBOT_ARM), toolPart));
            }
            if (head != null) {
                parts.add(spec(head, List.of()));
            }
            return withIgnored(spec(carrier, parts), dropped);
        }
        if (arm != null) {
            return withIgnored(spec(arm, toolPart), dropped);
        }
        return withIgnored(spec(root, List.of()), dropped);
    }

    /**
     * The words of every standalone asset the prompt also names that is not made ("a fridge with a lamp": lamp),
     * so they show as ignored rather than vanish; {@code root} is the one that is made (null: none of them).
     */
    private List<String> droppedWords(Map<Object, Group> groups, Group root) {
        List<String> out = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g != root && Composition.role(g.family()) == Role.STANDALONE) {
                g.mentions.forEach(m -> out.add(reading.text(m.start(), m.end())));
            }
        }
        return out;
    }

    private static AssetSpec withIgnored(AssetSpec s, List<String> more) {
        if (more.isEmpty()) {
            return s;
        }
        List<String> ignored = new ArrayList<>(s.ignored());
        more.stream().filter(w -> !ignored.contains(w)).forEach(ignored::add);
        return new AssetSpec(s.family(), s.counts(), s.dimensions(), s.material(), s.colorName(), s.color(), s.size(),
                s.options(), s.attachments(), s.quantities(), ignored, s.notes());
    }

    private static void logDropped(Map<Object, Group> groups, Group root) {
        for (Group g : groups.values()) {
            if (g != root) {
                LOG.debug("prompt also names {}; only {} is made", g.family().wireName(), root.family().wireName());
            }
        }
    }

    private static AssetSpec withAttachments(AssetSpec s, List<AssetSpec> parts) {
        return new AssetSpec(s.family(), s.counts(), s.dimensions(), s.material(), s.colorName(), s.color(), s.size(),
                s.options(), parts, s.quantities(), s.ignored(), s.notes());
    }

    // ---- one asset's parameters ---------------------------------------------------------------------------

    private AssetSpec spec(Group g, List<AssetSpec> attachments) {
        Family family = g.family();
        Map<String, Integer> rawCounts = new LinkedHashMap<>();
        for (PromptReading.Mention m : g.mentions) {
            m.impliedCounts().forEach(rawCounts::putIfAbsent);
        }
        for (PromptReading.Trait t : g.traits) {
            if (t instanceof PromptReading.Count c) {
                rawCounts.put(CountNouns.keyFor(c.key(), family), c.value());
            }
        }
        family = toolFamily(family, rawCounts);
        List<String> ignored = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Integer> counts = counts(family, rawCounts, ignored);
        Map<String, Double> dims = dimensions(family, g.traits, ignored);
        PromptReading.MaterialTrait material = first(g.traits, PromptReading.MaterialTrait.class);
        PromptReading.ColorTrait color = first(g.traits, PromptReading.ColorTrait.class);
        PromptReading.SizeTrait size = first(g.traits, PromptReading.SizeTrait.class);
        Map<String, String> options = new LinkedHashMap<>();
        for (PromptReading.Mention m : g.mentions) {
            if (m.variant() != null && m.family() == family) {
                options.putIfAbsent("variant", m.variant());
            }
        }
        for (PromptReading.Trait t : g.traits) {
            if (t instanceof PromptReading.OptionTrait o) {
                options.putIfAbsent(o.key(), o.value());
                if ((o.key().equals("shape") || o.key().equals("mounting"))
                        && !FamilyParameters.honours(family, o.key(), o.value())) {
                    ignored.add(StateWords.phrase(o.key(), o.value()));
                }
            }
        }
        Map<String, Double> quantities = new LinkedHashMap<>();
        boolean stateTaken = false;
        for (PromptReading.Trait t : g.traits) {
            if (t instanceof PromptReading.Quantity q) {
                boolean state = q.key().startsWith("initial_open");
                if (state && stateTaken) {
                    // one initial state per asset: "the door open and the lower rack pulled out" opens the door only
                    ignored.add(reading.text(q.start(), q.end()));
                } else if (FamilyParameters.takesQuantity(family, q.key())) {
                    quantities.putIfAbsent(q.key(), q.value());
                    if (state) {
                        StateWords.openedPart(reading, q.start(), q.end())
                                .ifPresent(part -> options.putIfAbsent(StateWords.OPEN_PART, part));
                    }
                    stateTaken |= state;
                } else {
                    ignored.add(reading.text(q.start(), q.end()));
                }
            }
        }
        for (PromptReading.Trait t : g.traits) {
            if (t instanceof PromptReading.Reference ref && ref.product().family() == family) {
                options.putIfAbsent("reference", ref.product().name());
                ProductReferences.Product p = ref.product();
                boolean sixAxisGen3 = p == ProductReferences.KINOVA_GEN3 && counts.getOrDefault("dof", 7) == 6;
                p.dimensions().forEach((k, v) -> dims.putIfAbsent(k,
                        sixAxisGen3 && k.equals("reach") ? ProductReferences.KINOVA_GEN3_6DOF_REACH : v));
                p.quantities().forEach(quantities::putIfAbsent);
            }
        }
        if (family == Family.MOBILE_BASE) {
            drive(g, counts, options, ignored);
        }
        SizeClass sizeClass = size == null ? SizeClass.MEDIUM : size.size();
        fillImplied(family, g, options, sizeClass, dims, ignored);
        if (family == Family.ROBOT_ARM && quantities.containsKey("payload_kg")) {
            notes.add("payload " + quantities.get("payload_kg") + " kg is the product's figure; drives are sized by reach");
        }
        return new AssetSpec(family, counts, dims, material == null ? null : material.material(),
                color == null ? null : color.name(), color == null ? null : color.color(),
                sizeClass, options, attachments, quantities, ignored, notes);
    }

    /** Dimensions the prompt implies without stating them: family size words, mounting, shape, a round footprint. */
    private void fillImplied(Family family, Group g, Map<String, String> options, SizeClass size,
                             Map<String, Double> dims, List<String> ignored) {
        for (PromptReading.Trait t : g.traits) {
            if (t instanceof PromptReading.FamilySize fs) {
                Map<String, Double> implied = FamilyParameters.sizeWord(family, fs.word());
                if (implied.isEmpty()) {
                    ignored.add(fs.word());
                }
                implied.forEach(dims::putIfAbsent);
            }
        }
        for (PromptReading.Mention m : g.mentions) {
            for (int k = m.start(); k < m.end(); k++) {
                FamilyParameters.sizeWord(family, reading.tokens.get(k).text()).forEach(dims::putIfAbsent);
            }
        }
        FamilyParameters.mounting(family, options.getOrDefault("mounting", "floor")).forEach(dims::putIfAbsent);
        FamilyParameters.sizeClass(family, size).forEach(dims::putIfAbsent);
        String shape = options.get("shape");
        if (dims.containsKey("diameter") && (family == Family.TABLE || family == Family.MOBILE_BASE)) {
            String across = family == Family.TABLE ? "depth" : "length";
            dims.putIfAbsent("width", dims.get("diameter"));
            dims.putIfAbsent(across, dims.get("diameter"));
            if (family == Family.TABLE) {
                options.putIfAbsent("shape", "round");
            }
        }
        if ("square".equals(shape)) {
            if (family == Family.MOBILE_BASE && dims.containsKey("width")) {
                dims.putIfAbsent("length", dims.get("width"));
            } else if (dims.containsKey("width")) {
                dims.putIfAbsent("depth", dims.get("width"));
            }
        }
    }

    /**
     * How a wheeled base steers, as the option {@code drive}: {@code differential} (one driven pair and casters) or
     * {@code skid_steer} (four or six driven wheels, no casters). The prompt's words ("differential drive",
     * "skid steer") win over the wheel count they imply; a stated wheel count that contradicts them wins and the
     * words are reported as ignored.
     */
    private void drive(Group g, Map<String, Integer> counts, Map<String, String> options, List<String> ignored) {
        String said = null;
        int saidAt = -1;
        for (int k = 0; k < reading.tokens.size(); k++) {
            PromptToken tok = reading.tokens.get(k);
            if (tok.is("differential") || tok.is("diff")) {
                said = "differential";
                saidAt = k;
            } else if (tok.is("skid") && k + 1 < reading.tokens.size() && reading.tokens.get(k + 1).text().startsWith("steer")) {
                said = "skid_steer";
                saidAt = k;
            }
        }
        int wheels = counts.getOrDefault("wheels", "rover".equals(options.get("variant")) ? 4 : 2);
        String built = wheels == 2 ? "differential" : "skid_steer";
        if (said != null && !said.equals(built)) {
            ignored.add(reading.text(saidAt, saidAt + 2));
        }
        options.put("drive", built);
    }

    /** A gripper with three fingers is a three-finger gripper, one with two a parallel gripper. */
    private static Family toolFamily(Family f, Map<String, Integer> counts) {
        Integer fingers = counts.get("fingers");
        if (fingers == null || Composition.role(f) != Role.TOOL || f == Family.SUCTION_GRIPPER) {
            return f;
        }
        if (fingers >= 3) {
            return Family.THREE_FINGER_GRIPPER;
        }
        return fingers == 2 ? Family.PARALLEL_GRIPPER : f;
    }

    private static Map<String, Integer> counts(Family family, Map<String, Integer> raw, List<String> ignored) {
        Map<String, Integer> out = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (FamilyParameters.takesCount(family, key)) {
                out.put(key, FamilyParameters.clampCount(family, key, value));
            } else {
                LOG.debug("{} takes no count '{}'; ignored", family.wireName(), key);
                ignored.add(value + " " + key);
            }
        });
        if (family == Family.MOBILE_BASE && raw.containsKey("wheels")) {
            int n = raw.get("wheels");
            // drive wheels come in pairs: a three-wheeler is a differential pair and a caster
            if (n == 3 && !raw.containsKey("casters")) {
                out.put("casters", 1);
            }
            out.put("wheels", n <= 3 ? 2 : n == 4 ? 4 : 6);
        }
        if (family == Family.FRIDGE && out.getOrDefault("drawers", 0) > 0 && out.getOrDefault("doors", 1) > 1) {
            // freezer drawers take the place of the freezer door: one door is left, above them
            ignored.add(out.remove("doors") + " doors");
        }
        return out;
    }

    private Map<String, Double> dimensions(Family family, List<PromptReading.Trait> traits, List<String> ignored) {
        Map<String, Double> out = new LinkedHashMap<>();
        // "a crate 1.2 m long and 80 cm wide": on furniture without a length of its own the length is the long side
        // (width, across the front) and the width then is the other side (depth)
        boolean lengthIsWidth = !FamilyParameters.takesDimension(family, "length")
                && FamilyParameters.takesDimension(family, "depth")
                && traits.stream().anyMatch(t -> t instanceof PromptReading.Dimension d && d.part() == null
                        && "length".equals(d.key()));
        for (PromptReading.Trait t : traits) {
            if (t instanceof PromptReading.Dimension d) {
                String key = d.key() == null ? FamilyParameters.defaultDimension(family) : d.key();
                if (lengthIsWidth && d.part() == null && key.equals("width")) {
                    key = "depth";
                }
                java.util.Optional<String> resolved = d.part() != null
                        ? FamilyParameters.partDimension(family, d.part(), key)
                        : FamilyParameters.dimensionKey(family, key);
                if (resolved.isEmpty()) {
                    ignored.add(reading.text(d.start(), d.end()));
                    continue;
                }
                putDimension(out, family, resolved.get(), d.metres());
            } else if (t instanceof PromptReading.Extents e) {
                List<String> keys = extentKeys(family);
                for (int k = 0; k < e.metres().size(); k++) {
                    putDimension(out, family, keys.get(k), e.metres().get(k));
                }
            }
        }
        return out;
    }

    private static void putDimension(Map<String, Double> out, Family family, String key, double metres) {
        if (!FamilyParameters.takesDimension(family, key)) {
            LOG.debug("{} takes no dimension '{}'; ignored", family.wireName(), key);
            return;
        }
        // micrometre resolution: 24 in is 0.6096 m, not 0.6095999999999999
        double m = Math.round(FamilyParameters.clampDimension(family, key, metres) * 1e6) / 1e6;
        out.putIfAbsent(key, m);
    }

    /** What "A x B [x C]" means for each family. */
    private static List<String> extentKeys(Family family) {
        return switch (family) {
            case DOOR -> List.of("width", "height", "thickness");
            case LAPTOP -> List.of("width", "depth", "thickness");
            case MOBILE_BASE, CONVEYOR -> List.of("length", "width", "height");
            case GANTRY -> List.of("depth", "width", "height");
            default -> List.of("width", "depth", "height");
        };
    }

    private static <T extends PromptReading.Trait> T first(List<PromptReading.Trait> traits, Class<T> type) {
        for (PromptReading.Trait t : traits) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
