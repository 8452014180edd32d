package io.gizmostudio.cli;

import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.bundle.BundleManifest;
import io.gizmostudio.core.format.bundle.BundleWriter;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.generate.GeneratedAsset;
import io.gizmostudio.core.generate.GenerationException;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.scene.Mobility;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code generate "<prompt>"}: runs the procedural generator locally (no server) and writes one export bundle
 * per format. Prints what the prompt was understood as; a prompt it cannot make exits with status 2 and the same
 * message the server gives.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate an articulated asset from a prompt and write its export bundles.")
public final class GenerateCommand implements Callable<Integer> {
    static final int UNRECOGNIZED = 2;
    static final int IO_FAILURE = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROMPT", description = "What to make, e.g. \"a steel cabinet with 3 drawers\".")
    String prompt;

    @Option(names = "--seed", description = "Seed for plausible variation; the same prompt and seed give the same asset (default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "all",
            description = "mujoco_mjcf, isaac_sim_urdf, isaac_sim_usd (or mjcf, urdf, usd) or all (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the bundles into (created if missing).")
    Path out;

    @Option(names = "--fixed-base", description = "Weld an asset that floats by default (a mobile base, a box, a bin) to the world in every export.")
    boolean fixedBase;

    @Option(names = "--unpack", description = "Also unpack each bundle into DIR/<name>_<format>/ (ready for a simulator).")
    boolean unpack;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<ExportFormat> formats;
        try {
            formats = "all".equalsIgnoreCase(format) ? List.of(ExportFormat.values()) : List.of(ExportFormat.fromWire(format));
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return spec.exitCodeOnInvalidInput();
        }
        GeneratedAsset asset;
        try {
            asset = new AssetGenerator().generate(prompt, seed, fixedBase);
        } catch (GenerationException e) {
            stderr.println("error (" + e.code() + "): " + e.getMessage());
            return UNRECOGNIZED;
        }
        Articulation a = asset.articulation();
        describe(stdout, asset);
        try {
            Files.createDirectories(out);
            for (ExportFormat f : formats) {
                ExportedModel model = f.writer().writeAsset(a);
                BundleManifest manifest = new BundleManifest(BundleManifest.Kind.ASSET, a.name(), f, model.entrypoint(), model.report());
                Path zip = out.resolve(a.name() + "_" + f.wireName() + ".zip");
                BundleWriter.write(manifest, model, zip);
                stdout.printf(Locale.ROOT, "wrote %s%n", zip);
                if (unpack) {
                    Path folder = BundleUnpacker.unpack(model, out.resolve(a.name() + "_" + f.wireName()));
                    stdout.printf(Locale.ROOT, "      %s%n", folder.resolve(model.entrypoint()));
                }
            }
        } catch (IOException e) {
            stderr.println("error: could not write to " + out + ": " + e.getMessage());
            return IO_FAILURE;
        }
        return 0;
    }

    private static void describe(PrintWriter out, GeneratedAsset asset) {
        Articulation a = asset.articulation();
        out.printf(Locale.ROOT, "understood: %s%n", flatten(asset.spec().describe()));
        if (!asset.spec().ignored().isEmpty()) {
            out.printf(Locale.ROOT, "ignored:    %s (this engine cannot make these yet)%n",
                    String.join(", ", asset.spec().ignored()));
        }
        Aabb box = ForwardKinematics.bounds(a);
        out.printf(Locale.ROOT, "asset:      %s — %d links, %d joints (%d DOF), %.2f kg, %.2f × %.2f × %.2f m%n",
                a.name(), a.links().size(), a.joints().size(), a.degreesOfFreedom(), a.totalMass(),
                box.size().x(), box.size().y(), box.size().z());
        out.printf(Locale.ROOT, "base:       %s%n", Mobility.of(a) == Mobility.FREE
                ? "free-floating (MJCF free joint, USD floating articulation); --fixed-base welds it" : "fixed to the world");
    }

    private static String flatten(Map<String, Object> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(k).append('=').append(v instanceof Map<?, ?> || v instanceof List<?> ? v.toString() : v);
        });
        return sb.toString();
    }
}
