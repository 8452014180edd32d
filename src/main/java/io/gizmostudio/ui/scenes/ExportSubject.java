package io.gizmostudio.ui.scenes;

import java.util.List;

/**
 * What the export dialog exports: a saved scene (named by its document, pre-checked against the composer) or one
 * library asset (named by itself, in the formats the server offers for it). The kind words the dialog's title and
 * its not-found message; the name becomes the files' names ({@code <name>_<format>.zip}).
 */
public record ExportSubject(Kind kind, String id, String name, List<SceneExportFormat> formats) {
    public enum Kind {
        SCENE("scene"), ASSET("asset");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** "scene", "asset". */
        public String word() {
            return word;
        }
    }

    public ExportSubject {
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("an export subject needs at least one format");
        }
    }

    /** A saved scene: every format; the name is taken from the document when the export starts. */
    public static ExportSubject scene(String sceneId) {
        return new ExportSubject(Kind.SCENE, sceneId, null, List.of(SceneExportFormat.values()));
    }

    /** A library asset in the formats the server lists for it (wire names; unknown ones are left out), in the dialog's order. */
    public static ExportSubject asset(String assetId, String assetName, List<String> offered) {
        List<SceneExportFormat> formats = offered.stream().map(SceneExportFormat::fromWire)
                .flatMap(java.util.Optional::stream).distinct().sorted().toList(); // the dialog's order: MJCF, USD, URDF
        return new ExportSubject(Kind.ASSET, assetId, assetName, formats);
    }
}
