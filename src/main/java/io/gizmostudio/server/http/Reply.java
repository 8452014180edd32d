package io.gizmostudio.server.http;

/**
 * What a handler answers: status, content type, optional {@code Content-Disposition} and the body bytes. Handlers
 * return values instead of writing to the Javalin context, so an idempotent replay can send the very same bytes.
 */
public record Reply(int status, String contentType, String disposition, byte[] body) {
    public static final String JSON = "application/json";
    public static final String ZIP = "application/zip";

    public static Reply noContent() {
        return new Reply(204, null, null, new byte[0]);
    }

    public static Reply zip(byte[] bytes, String fileName) {
        return new Reply(200, ZIP, "attachment; filename=\"" + fileName + "\"", bytes);
    }
}
