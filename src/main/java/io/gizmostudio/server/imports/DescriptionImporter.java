package io.gizmostudio.server.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ExportFormats;
import io.gizmostudio.core.format.ImportedAsset;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.RobotDescriptionReader;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.InvalidArticulationException;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.server.codec.ArticulationCodec;
import io.gizmostudio.server.jobs.AssetStatsCalculator;
import io.gizmostudio.server.store.GenerationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an uploaded zip of a robot description into what a finished generation stores, so an imported robot is an
 * asset like any other: listed, previewed, exported in every format, placed in scenes. It reads the description
 * with the app's readers (meshes resolve inside the unpacked folder only) and repairs it through
 * {@link ImportedAsset}; {@code params} say where it came from and what was repaired or noted.
 */
public final class DescriptionImporter {
    private final ArticulationCodec codec;
    private final ObjectMapper json;
    private final Path scratch;

    /** {@code scratch}: the folder uploads are unpacked below (each in its own temporary folder, deleted after). */
    public DescriptionImporter(ArticulationCodec codec, ObjectMapper json, Path scratch) {
        this.codec = codec;
        this.json = json;
        this.scratch = scratch;
    }

    /** What an import produced: the asset's name (the request's, else the robot's), its entry file, and what to store. */
    public record Imported(String name, String entry, GenerationResult result, boolean free) {
    }

    /** The problem with an upload, in the user's terms; {@code bundle} is the zip's fault, else the description's. */
    public static final class ImportException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean bundle;

        ImportException(boolean bundle, String message) {
            super(message);
            this.bundle = bundle;
        }

        public boolean isBundleProblem() {
            return bundle;
        }
    }

    public Imported importZip(byte[] zip, String requestedName, String entry) throws ImportException {
        try (UploadedBundle bundle = UploadedBundle.unpack(zip, scratch)) {
            Path file = bundle.description(entry);
            String entryName = bundle.entryName(file);
            RobotDescription d;
            try {
                d = RobotDescriptionReader.describe(file);
            } catch (RobotDescriptionException | UncheckedIOException e) {
                throw new ImportException(false, inZip(e.getMessage(), bundle));
            }
            String name = requestedName != null && !requestedName.isBlank() ? requestedName.strip() : d.articulation().name();
            ImportedAsset asset;
            try {
                asset = ImportedAsset.of(d, name, entryName);
            } catch (InvalidArticulationException e) {
                throw new ImportException(false, entryName + " cannot be used as an asset: " + String.join("; ", e.problems()));
            }
            Articulation a = asset.articulation();
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("source", "import");
            params.put("file", entryName);
            params.put("base", Mobility.of(a).wireName());
            List<String> changes = new ArrayList<>(manifestReport(bundle));
            changes.addAll(asset.changes());
            params.put("changes", changes);
            List<String> notes = new ArrayList<>(d.notes());
            d.warnings().forEach(w -> notes.add(w.text()));
            params.put("notes", notes.stream().map(n -> inZip(n, bundle)).toList());
            GenerationResult result = new GenerationResult(json.writeValueAsString(AssetStatsCalculator.of(a)),
                    json.writeValueAsString(params), ExportFormats.ALL, codec.encode(a));
            return new Imported(name, entryName, result, Mobility.of(a) == Mobility.FREE);
        } catch (UploadedBundle.InvalidBundleException e) {
            throw new ImportException(true, e.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the imported asset's params", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the upload into " + scratch, e);
        }
    }

    /**
     * The {@code report} of an export bundle's manifest (what the app's own conversion repaired before uploading);
     * empty for a plain description zip or a manifest that says nothing usable.
     */
    private List<String> manifestReport(UploadedBundle bundle) {
        Path manifest = bundle.root().resolve("manifest.json");
        if (!java.nio.file.Files.isRegularFile(manifest)) {
            return List.of();
        }
        try {
            List<String> lines = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode n : json.readTree(manifest.toFile()).path("report")) {
                if (n.isTextual()) {
                    lines.add(n.asText());
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** A reader message with the temporary folder taken out, so it names the file as it is in the zip. */
    private static String inZip(String message, UploadedBundle bundle) {
        String root = bundle.root().toString();
        return message == null ? "" : message.replace(root + java.io.File.separator, "").replace(root, "");
    }
}
