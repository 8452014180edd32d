package io.gizmostudio.ui.scenes;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ApiJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What a scene bundle's {@code manifest.json} says (contract §7 and the README's "Scene API extensions"):
 * {@code {"kind":"scene","id","format","entrypoint","report":["URDF: …", …]}}. The report lines say what the
 * format kept, converted or dropped; a server without the extension sends no {@code report}, and a bundle without
 * a readable manifest still exports (its report is then one line saying so).
 */
record SceneBundleReport(String entrypoint, List<String> lines) {
    static final String MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = ApiJson.newMapper();

    SceneBundleReport {
        lines = List.copyOf(lines);
    }

    /** The report of the bundle {@code zip} in {@code format}, each line prefixed with the format's short name. */
    static SceneBundleReport read(Path zip, SceneExportFormat format) throws IOException {
        JsonNode manifest;
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = file.getEntry(MANIFEST);
            if (entry == null) {
                return new SceneBundleReport(null, List.of(format.shortName() + ": the bundle has no manifest.json, so no report."));
            }
            try (InputStream in = file.getInputStream(entry)) {
                manifest = JSON.readTree(in);
            }
        } catch (ZipException e) {
            throw new IOException("The server's " + format.label() + " export is not a readable zip: " + e.getMessage(), e);
        } catch (JacksonException e) {
            return new SceneBundleReport(null, List.of(format.shortName() + ": the bundle's manifest.json is not valid JSON, so no report."));
        }
        String entrypoint = manifest.path("entrypoint").isTextual() ? manifest.get("entrypoint").asText() : null;
        JsonNode report = manifest.path("report");
        List<String> lines = new ArrayList<>();
        if (report.isArray()) {
            for (JsonNode line : report) {
                if (line.isTextual() && !line.asText().isBlank()) {
                    lines.add(prefixed(line.asText().strip(), format));
                }
            }
        } else {
            lines.add(format.shortName() + ": this server's bundles carry no report of what the format kept or dropped.");
        }
        return new SceneBundleReport(entrypoint, lines);
    }

    private static String prefixed(String line, SceneExportFormat format) {
        return line.startsWith(format.shortName() + ":") ? line : format.shortName() + ": " + line;
    }
}
