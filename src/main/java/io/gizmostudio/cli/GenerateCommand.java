package io.gizmostudio.cli;

import io.gizmostudio.api.CreateAssetRequest;
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
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code generate "<prompt>"}: runs the procedural generator locally (no server) and writes one export bundle
 * per format. Prints what the prompt was understood as; a prompt it cannot make exits with status 2 and the same
 * message the server gives. With {@code --server URL} a server generates instead ({@link RemoteGenerate}), and
 * the exit codes are {@link CliExit}'s.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate an articulated asset from a prompt and write its export bundles.",
                "Locally by default; with --server URL the server (a team server, the cloud) generates, with the key"
                        + " from GIZMO_API_KEY, progress on stderr and the bundles downloaded into --out."},
        footer = {"", "Exit codes without --server: 0 done, 2 prompt not understood or a bad option,",
                "3 files not written."})
public final class GenerateCommand implements Callable<Integer> {
    static final int UNRECOGNIZED = 2;
    static final int IO_FAILURE = 3;

    private final ServerAccess access;

    public GenerateCommand() {
        this(ServerAccess.system());
    }

    public GenerateCommand(ServerAccess access) {
        this.access = access;
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROMPT", description = "What to make, e.g. \"a steel cabinet with 3 drawers\".")
    String prompt;

    @Option(names = "--seed", description = "Seed for plausible variation; the same prompt and seed give the same asset (default: 0).")
    Long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = FormatList.ALL,
            description = FormatList.HELP + " (default: ${DEFAULT-VALUE}; with --server: the formats the asset offers).")
    String format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write the bundles into (created if missing); required without --server, else default: the current folder.")
    Path out;

    @Option(names = "--server", paramLabel = "URL",
            description = "Generate on this server (e.g. https://gizmo.example.com) instead of locally; the API key comes from GIZMO_API_KEY.")
    String server;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "With --server: how long to wait for the generation (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--fixed-base", description = "Weld an asset that floats by default (a mobile base, a box, a bin) to the world in every export.")
    boolean fixedBase;

    @Option(names = "--unpack", description = "Also unpack each bundle into DIR/<name>_<format>/ (ready for a simulator).")
    boolean unpack;

    @Override
    public Integer call() {
        return server != null ? callServer() : callLocal();
    }

    private int callServer() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Optional<FormatList> formats;
        try {
            formats = FormatList.parse(format);
        } catch (CliFailure e) {
            stderr.println("generate: " + e.getMessage());
            return e.exit().code();
        }
        if (timeoutSeconds < 1) {
            stderr.println("generate: --timeout must be at least 1 second");
            return CliExit.USAGE.code();
        }
        CreateAssetRequest request = new CreateAssetRequest(prompt, null, null, seed, fixedBase ? Boolean.TRUE : null);
        Path folder = out != null ? out : Path.of(".");
        return RemoteCall.run(spec, access, () -> server, client -> new RemoteGenerate(stdout, stderr)
                .run(client, request, Duration.ofSeconds(timeoutSeconds), formats, folder, unpack));
    }

    private int callLocal() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--out=DIR'");
        }
        List<ExportFormat> formats;
        try {
            formats = "all".equalsIgnoreCase(format) ? List.of(ExportFormat.values())
                    : Arrays.stream(format.split(",")).map(ExportFormat::fromWire).distinct().toList();
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return spec.exitCodeOnInvalidInput();
        }
        GeneratedAsset asset;
        try {
            asset = new AssetGenerator().generate(prompt, seed == null ? 0 : seed, fixedBase);
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
