package io.gizmostudio.core.generate;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationBuilder;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.scene.Mobility;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generator's single entry point: prompt + seed → {@link GeneratedAsset}. Parses the prompt, builds the
 * family's articulation and its attachments (a gripper on the arm's {@code flange}, an arm on the base's
 * {@code deck}), tunes the drives ({@link DriveTuning}), names the asset, records provenance in its metadata
 * ({@code prompt}, {@code seed}, {@code generator_version}, {@code family}, and {@code base} — free or fixed — where
 * it matters), starts it in the state the prompt states ({@link InitialState}) and validates it.
 *
 * <p>Deterministic: the random stream is seeded from {@link PromptSeed} (normalised prompt, seed), and each
 * attachment gets its own split of it, so the same inputs give an equal articulation. Thread-safe.
 */
public final class AssetGenerator {
    /** Version of the generation rules: part of an asset's identity together with prompt and seed. */
    public static final String GENERATOR_VERSION = "1.0.0";
    private static final Logger LOG = LoggerFactory.getLogger(AssetGenerator.class);

    private final FamilyRegistry registry;
    private final PromptParser parser = new PromptParser();

    public AssetGenerator(FamilyRegistry registry) {
        this.registry = registry;
    }

    /** A generator with every standard family builder. */
    public AssetGenerator() {
        this(FamilyRegistry.standard());
    }

    /** Generates the asset {@code prompt} describes; throws {@link GenerationException} when it cannot. */
    public GeneratedAsset generate(String prompt, long seed) {
        return generate(prompt, seed, false);
    }

    /**
     * As {@link #generate(String, long)}; {@code fixedBase} welds an asset that would float by default (a mobile
     * base, a box) to the world in every export. Its mobility is kept in the metadata key
     * {@value Mobility#METADATA_KEY} (written for free-by-default families and whenever {@code fixedBase} is set).
     */
    public GeneratedAsset generate(String prompt, long seed, boolean fixedBase) {
        AssetSpec spec = parser.parse(prompt);
        SplittableRandom random = new SplittableRandom(PromptSeed.of(prompt, seed));
        Articulation assembled = assemble(spec, random);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("prompt", prompt.strip());
        metadata.put("seed", Long.toString(seed));
        metadata.put("generator_version", GENERATOR_VERSION);
        metadata.put("family", spec.family().wireName());
        if (fixedBase || Mobility.defaultFor(spec.family().wireName()) == Mobility.FREE) {
            metadata.put(Mobility.METADATA_KEY, Mobility.of(spec.family().wireName(), fixedBase).wireName());
        }
        InitialState.Applied state = InitialState.apply(spec, DriveTuning.tune(assembled));
        spec = state.spec();
        Articulation asset = state.articulation()
                .renamed(AssetNames.fromPrompt(prompt, spec.family()))
                .withMetadata(metadata)
                .validate();
        LOG.debug("generated {} from \"{}\" (seed {}): {} joints, {} kg", asset.name(), prompt, seed,
                asset.joints().size(), String.format(java.util.Locale.ROOT, "%.2f", asset.totalMass()));
        return new GeneratedAsset(spec, asset);
    }

    /** The articulation of {@code spec} with its attachments mounted, drives not yet tuned. */
    Articulation assemble(AssetSpec spec, SplittableRandom random) {
        FamilyBuilder builder = registry.builder(spec.family()).orElseThrow(() -> new GenerationException(
                GenerationException.FAMILY_UNAVAILABLE,
                "This engine cannot make a " + spec.family().description() + " yet. It can make: "
                        + registry.families().stream().sorted().map(Family::description).toList() + "."));
        List<SplittableRandom> streams = spec.attachments().stream().map(a -> random.split()).toList();
        Articulation host = builder.build(spec, random);
        if (spec.attachments().isEmpty()) {
            return host;
        }
        String mount = Composition.mountLink(spec.family()).filter(name -> host.link(name).isPresent())
                .orElseThrow(() -> new IllegalStateException(spec.family() + " has no mount link for attachments"));
        ArticulationBuilder b = new ArticulationBuilder(host.name());
        host.links().forEach(b::link);
        host.joints().forEach(b::joint);
        TreeSet<String> passive = new TreeSet<>(DriveTuning.passiveJoints(host));
        List<Pose> mounts = mountPoses(host.link(mount).orElseThrow(), spec.attachments().size());
        for (int i = 0; i < spec.attachments().size(); i++) {
            AssetSpec partSpec = spec.attachments().get(i);
            if (!Composition.canCarry(spec.family(), partSpec.family())) {
                throw new GenerationException(GenerationException.INVALID_PARAMETERS,
                        "A " + spec.family().description() + " cannot carry a " + partSpec.family().description() + ".");
            }
            Articulation part = assemble(partSpec, streams.get(i));
            String prefix = Composition.prefix(partSpec.family());
            b.attach(part, mount, mounts.get(i), prefix);
            DriveTuning.passiveJoints(part).forEach(n -> passive.add(prefix + n));
        }
        if (!passive.isEmpty()) {
            b.metadata(DriveTuning.PASSIVE_JOINTS, String.join(",", passive));
        }
        return b.build();
    }

    /** Where parts sit on a mount link: along its length, as {@link Composition#mountOffsets} places them. */
    private static List<Pose> mountPoses(Link mount, int parts) {
        if (parts == 1) {
            return List.of(Pose.IDENTITY);
        }
        Aabb box = mount.localBounds();
        if (box.isEmpty()) {
            throw new IllegalStateException("mount link " + mount.name() + " has no extent for " + parts + " parts");
        }
        return Composition.mountOffsets(box.min().x(), box.max().x(), parts).stream().map(x -> Pose.of(x, 0, 0)).toList();
    }

}
