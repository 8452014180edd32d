package io.gizmostudio.api;

/** Body of the export endpoints: one of {@link ExportFormats}. */
public record ExportRequest(String format) {
}
