package io.gizmostudio.cli;

import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.ImportedAsset;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.RobotDescriptionReader;
import io.gizmostudio.core.format.bundle.BundleManifest;
import io.gizmostudio.core.format.bundle.BundleWriter;
import io.gizmostudio.core.model.InvalidArticulationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convert FILE --to mjcf|urdf|usd|all --out DIR}: reads a published robot description and writes it through
 * the same writers a generated asset goes through, one folder per format ({@code DIR/<name>_<format>/}, ready for a
 * simulator) or, with {@code --zip}, one export bundle each. It prints what the reader noted and what the
 * conversion kept, changed or dropped (the same lines as the bundle manifest's report).
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a URDF or MJCF robot description to MJCF, URDF and/or USD through the app's writers.")
public final class ConvertCommand implements Callable<Integer> {
    static final int UNREADABLE = 1;
    /** Read, but not a model any simulator would take (two roots, a cycle, ...). */
    static final int NOT_CONVERTIBLE = 5;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A .urdf or MJCF .xml file.")
    Path file;

    @Parameters(index = "1..*", paramLabel = "NAME:=VALUE", description = "xacro arguments, as for the xacro tool.")
    List<String> xacroArgs = List.of();

    @Option(names = "--to", paramLabel = "FORMAT", required = true,
            description = "mjcf, urdf, usd (or mujoco_mjcf, isaac_sim_urdf, isaac_sim_usd) or all; several: --to mjcf,usd.",
            split = ",")
    List<String> to;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "The asset's name in the exports (default: the robot's own name).")
    String name;

    @Option(names = "--zip", description = "Write one export bundle (zip with manifest.json) per format instead of a folder.")
    boolean zip;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<ExportFormat> formats = new ArrayList<>();
        try {
            for (String f : to) {
                if ("all".equalsIgnoreCase(f.strip())) {
                    formats.addAll(List.of(ExportFormat.values()));
                } else {
                    formats.add(ExportFormat.fromWire(f));
                }
            }
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return spec.exitCodeOnInvalidInput();
        }
        if (!Files.isRegularFile(file)) {
            stderr.println("error: no such file: " + file);
            return UNREADABLE;
        }
        ImportedAsset asset;
        try {
            RobotDescription d = RobotDescriptionReader.describe(file, XacroArgs.parse(xacroArgs));
            d.notes().forEach(n -> stdout.println("note:    " + n));
            d.warnings().forEach(w -> stdout.println("warning: " + w.text()));
            asset = ImportedAsset.of(d, name != null ? name : d.articulation().name(), file.getFileName().toString());
        } catch (InvalidArticulationException e) {
            stderr.println("error: " + file + " cannot be converted: " + String.join("; ", e.problems()));
            return NOT_CONVERTIBLE;
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return spec.exitCodeOnInvalidInput();
        } catch (RobotDescriptionException | UncheckedIOException e) {
            stderr.println("error: " + e.getMessage());
            return UNREADABLE;
        }
        asset.changes().forEach(c -> stdout.println("changed: " + c));
        String assetName = asset.articulation().name();
        try {
            Files.createDirectories(out);
            for (ExportFormat f : formats.stream().distinct().toList()) {
                ExportedModel model = f.writer().writeAsset(asset.articulation());
                model.report().forEach(r -> stdout.println("report:  " + r));
                if (zip) {
                    List<String> report = new ArrayList<>(asset.changes());
                    report.addAll(model.report());
                    BundleManifest manifest = new BundleManifest(BundleManifest.Kind.ASSET, assetName, f, model.entrypoint(), report);
                    Path bundle = out.resolve(assetName + "_" + f.wireName() + ".zip");
                    BundleWriter.write(manifest, model, bundle);
                    stdout.printf(Locale.ROOT, "wrote    %s%n", bundle);
                } else {
                    Path folder = BundleUnpacker.unpack(model, out.resolve(assetName + "_" + f.wireName()));
                    stdout.printf(Locale.ROOT, "wrote    %s%n", folder.resolve(model.entrypoint()));
                }
            }
        } catch (IOException e) {
            stderr.println("error: could not write to " + out + ": " + e.getMessage());
            return GenerateCommand.IO_FAILURE;
        }
        return 0;
    }
}
