package io.gizmostudio.client;

import io.gizmostudio.api.ExportFormats;
import io.gizmostudio.api.ExportRequest;
import java.nio.file.Path;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export call shared by assets and scenes: the format goes both in the body and as {@code ?format=}
 * (§9 rule 3), canonical first; if the server rejects it (400/422), once more as the newer variant's alias.
 */
final class Exports {
    private static final Logger LOG = LoggerFactory.getLogger(Exports.class);

    private final ApiCaller caller;
    private final ExportDownloader downloader;

    Exports(ApiCaller caller) {
        this.caller = caller;
        this.downloader = new ExportDownloader(caller);
    }

    Path export(String[] path, String id, String format, Path target, ProgressListener listener) {
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("an export format is required");
        }
        String canonical = ExportFormats.canonical(format).orElse(format.trim());
        String fileName = id.replaceAll("[^A-Za-z0-9._-]", "_") + "_" + canonical + ".zip";
        try {
            return exportAs(path, canonical, target, fileName, listener);
        } catch (BadRequestException e) {
            String alias = ExportFormats.alias(canonical);
            if (alias.equals(canonical)) {
                throw e;
            }
            LOG.debug("export format {} refused ({} {}); trying the alias {}", canonical, e.status(), e.code(), alias);
            return exportAs(path, alias, target, fileName, listener);
        }
    }

    private Path exportAs(String[] path, String format, Path target, String fileName, ProgressListener listener) {
        HttpUrl url = caller.url(path).addQueryParameter("format", format).build();
        return downloader.download(caller.post(url, new ExportRequest(format)), target, fileName, listener);
    }
}
