package io.gizmostudio.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.api.AssetStatus;

/**
 * A newer-variant job ({@code GET /v1/jobs/{id}}), read tolerantly: the job may sit under {@code job} or at
 * the top; the resulting asset id may be {@code asset_id}, {@code result.asset_id} or {@code result.asset.id};
 * an error may be a string or a {@code {code, message}} object.
 */
record JobState(String id, AssetStatus status, int percent, String assetId, String errorCode, String errorMessage) {

    static JobState read(JsonNode reply, String jobId) {
        JsonNode job = reply != null && reply.path("job").isObject() ? reply.get("job") : reply;
        if (job == null || !job.isObject() || !job.path("status").isTextual()) {
            return null;
        }
        AssetStatus status = AssetStatus.fromWire(job.get("status").asText());
        JsonNode progress = job.path("progress");
        String assetId = firstText(job.path("asset_id"), job.path("result").path("asset_id"),
                job.path("result").path("asset").path("id"), reply.path("asset_id"));
        JsonNode error = job.path("error");
        String code = error.isObject() ? text(error.path("code")) : null;
        String message = error.isObject() ? text(error.path("message")) : text(error);
        String id = text(job.path("id"));
        return new JobState(id == null ? jobId : id, status, progress.isNumber() ? progress.asInt() : -1, assetId,
                code, message);
    }

    private static String firstText(JsonNode... candidates) {
        for (JsonNode c : candidates) {
            String t = text(c);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }
}
