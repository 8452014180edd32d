package io.gizmostudio.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an export reply into a file: ZIP bytes (by content type or the {@code PK} signature) stream into a
 * hidden temporary file next to the target, with byte progress, and are then renamed onto the target
 * atomically; a JSON reply with {@code download_url} (or {@code url}) is fetched first — the API key goes
 * only to the base URL's own origin. On any failure the temporary file is deleted and an existing target is
 * left untouched. Local disk problems surface as {@link UncheckedIOException}, network ones as
 * {@link NetworkException}.
 */
final class ExportDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(ExportDownloader.class);
    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final ByteString ZIP_SIGNATURE = ByteString.encodeUtf8("PK");
    private static final int BUFFER = 64 * 1024;

    private final ApiCaller caller;

    ExportDownloader(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * Sends {@code exportRequest} and saves the file. {@code target} is the file to write, or an existing
     * directory to write {@code Content-Disposition}'s file name (else {@code defaultName}) into.
     */
    Path download(Request exportRequest, Path target, String defaultName, ProgressListener listener) {
        try (Response reply = caller.open(exportRequest)) {
            if (isFile(reply)) {
                return save(reply, exportRequest, target, defaultName, listener);
            }
            JsonNode node = caller.parse(reply, exportRequest);
            String link = node == null ? null : firstText(node.get("download_url"), node.get("url"));
            if (link == null) {
                throw caller.errors().errorInSuccess(reply.code(), node, ApiCaller.describe(exportRequest)).orElseGet(() ->
                        new UnexpectedResponseException(reply.code(), UnexpectedResponseException.UNEXPECTED_BODY,
                                "an export reply that is neither a ZIP nor a download_url ("
                                        + reply.header("Content-Type", "no content type") + ") ["
                                        + ApiCaller.describe(exportRequest) + "]", null));
            }
            HttpUrl url = caller.base().resolve(link);
            if (url == null) {
                throw new UnexpectedResponseException(reply.code(), UnexpectedResponseException.UNEXPECTED_BODY,
                        "download_url is not an http(s) URL [" + ApiCaller.describe(exportRequest) + "]", null);
            }
            LOG.debug("export answered with a download link to {}://{}:{}", url.scheme(), url.host(), url.port());
            Request fetch = new Request.Builder().url(url).get().build();
            try (Response file = caller.open(fetch)) {
                return save(file, fetch, target, defaultName, listener);
            }
        }
    }

    private static boolean isFile(Response reply) throws UncheckedIOException {
        String type = reply.header("Content-Type", "").toLowerCase(Locale.ROOT);
        if (type.contains("zip") || type.contains("octet-stream")) {
            return true;
        }
        try {
            return reply.peekBody(2).byteString().equals(ZIP_SIGNATURE);
        } catch (IOException e) {
            return false; // the body broke off; the JSON path reports it as a network failure
        }
    }

    private Path save(Response reply, Request request, Path target, String defaultName, ProgressListener listener) {
        Path file = Files.isDirectory(target) ? target.resolve(fileName(reply, defaultName)) : target;
        Path dir = file.toAbsolutePath().getParent();
        Path temp;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + dir, e);
        }
        boolean moved = false;
        try {
            long total = reply.body().contentLength();
            long written = copy(reply, request, temp, total, listener);
            LOG.debug("downloaded {} bytes for {}", written, ApiCaller.describe(request));
            moveAtomically(temp, file);
            moved = true;
            return file;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private long copy(Response reply, Request request, Path temp, long total, ProgressListener listener) {
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        try (InputStream in = reply.body().byteStream(); OutputStream out = Files.newOutputStream(temp)) {
            listener.onProgress(0, total);
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    throw caller.networkFailure(request, e);
                }
                if (n < 0) {
                    return written;
                }
                out.write(buffer, 0, n);
                written += n;
                listener.onProgress(written, total);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp, e);
        }
    }

    private static void moveAtomically(Path temp, Path file) {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the download onto " + file, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("could not delete the partial download {}: {}", temp, e.toString());
        }
    }

    /** The server's file name, reduced to a plain name (no directories, no dot-dot), else {@code fallback}. */
    static String fileName(Response reply, String fallback) {
        String disposition = reply.header("Content-Disposition");
        if (disposition != null) {
            Matcher m = FILENAME.matcher(disposition);
            if (m.find()) {
                String name = m.group(1).trim();
                name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
                name = name.replaceAll("[^A-Za-z0-9._-]", "_");
                if (!name.isEmpty() && !name.startsWith(".")) {
                    return name;
                }
            }
        }
        return fallback;
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n != null && n.isTextual() && !n.asText().isBlank()) {
                return n.asText().trim();
            }
        }
        return null;
    }
}
