package io.gizmostudio.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetPage;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.ErrorCodes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /v1/assets}: generate, read, list, page through, delete, wait for and export assets. Obtained from
 * {@link GizmoClient#assets()}; safe to share between threads.
 */
public final class AssetsResource {
    private static final Logger LOG = LoggerFactory.getLogger(AssetsResource.class);
    private static final int PAGE_SIZE = 100;
    /** Codes with which an alpha server rejects a field's value; anything else at 400/422 reads as "unknown field". */
    private static final Set<String> ALPHA_FIELD_CODES = Set.of(ErrorCodes.INVALID_JSON, ErrorCodes.MISSING_FIELD,
            ErrorCodes.INVALID_FIELD, ErrorCodes.INVALID_PARAMETER, ErrorCodes.UNRECOGNIZED_PROMPT,
            ErrorCodes.PAYLOAD_TOO_LARGE, ErrorCodes.UNSUPPORTED_MEDIA_TYPE);

    private final ApiCaller caller;
    private final PageReader pages;
    private final AssetWaiter waiter;
    private final Exports exports;

    AssetsResource(ApiCaller caller, AssetWaiter waiter, Exports exports) {
        this.caller = caller;
        this.pages = new PageReader(caller);
        this.waiter = waiter;
        this.exports = exports;
    }

    /**
     * {@code POST /v1/assets}: starts a generation and answers at once with the asset or the job to follow.
     * When a newer server rejects the alpha-only fields ({@code name}, {@code tags}, {@code seed},
     * {@code fixed_base}) with 422, or
     * 400 with a code an alpha server would not use, the request is sent once more with the prompt alone.
     */
    public Submission submit(CreateAssetRequest request) {
        try {
            return submitOnce(request);
        } catch (BadRequestException e) {
            boolean extras = request.name() != null || request.tags() != null || request.seed() != null
                    || request.fixedBase() != null;
            boolean unknownField = e.status() == 422 || !ALPHA_FIELD_CODES.contains(e.code());
            if (!extras || !unknownField) {
                throw e;
            }
            LOG.debug("server refused name/tags/seed/fixed_base ({} {}); retrying with the prompt alone", e.status(), e.code());
            return submitOnce(CreateAssetRequest.of(request.prompt()));
        }
    }

    private Submission submitOnce(CreateAssetRequest body) {
        Request request = caller.post(caller.url("assets").build(), body);
        JsonNode node = caller.tree(request);
        if (node != null && node.path("job_id").isTextual() && !node.has("id")) {
            return new Submission(null, node.get("job_id").asText());
        }
        if (node == null) {
            throw new UnexpectedResponseException(202, UnexpectedResponseException.MISSING_FIELD,
                    "an empty reply to " + ApiCaller.describe(request), null);
        }
        return new Submission(checked(caller.convert(node, Asset.class, 202, request), request, node), null);
    }

    /** {@code POST /v1/assets} on an alpha/local server: the pending asset. A job reply means: use {@link #generate}. */
    public Asset create(CreateAssetRequest request) {
        Submission s = submit(request);
        if (s.isJob()) {
            throw new UnexpectedResponseException(202, "job_reply", "the server answered with job " + s.jobId()
                    + " instead of an asset; use generate() or awaitJob()", null);
        }
        return s.asset();
    }

    /** Generates and waits: {@link #submit}, then {@link #awaitReady} or {@link #awaitJob}, within {@code timeout}. */
    public Asset generate(CreateAssetRequest request, Duration timeout, AwaitListener listener, CancellationToken token) {
        Submission s = submit(request);
        return s.isJob() ? waiter.awaitJob(s.jobId(), timeout, listener, token)
                : waiter.awaitAsset(s.asset().id(), s.asset(), timeout, listener, token);
    }

    /**
     * {@code POST /v1/assets/import} (local-engine extension): uploads a zip of a robot description and returns the
     * asset, already ready. {@code name} and {@code entry} (the description's path in the zip) may be null. A server
     * without the extension answers 404/405, thrown as {@link NotFoundException} or {@link GizmoException}.
     */
    public Asset importBundle(byte[] zip, String name, String entry) {
        HttpUrl.Builder url = caller.url("assets", "import");
        if (name != null && !name.isBlank()) {
            url.addQueryParameter("name", name);
        }
        if (entry != null && !entry.isBlank()) {
            url.addQueryParameter("entry", entry);
        }
        Request request = caller.postBytes(url.build(), zip, "application/zip");
        JsonNode node = caller.tree(request);
        if (node == null) {
            throw new UnexpectedResponseException(201, UnexpectedResponseException.MISSING_FIELD,
                    "an empty reply to " + ApiCaller.describe(request), null);
        }
        return checked(caller.convert(node, Asset.class, 201, request), request, node);
    }

    public Asset get(String id) {
        Request request = caller.get(caller.url("assets", id).build());
        JsonNode node = caller.tree(request);
        if (node == null) {
            throw new UnexpectedResponseException(200, UnexpectedResponseException.MISSING_FIELD,
                    "an empty reply to " + ApiCaller.describe(request), null);
        }
        return checked(caller.convert(node, Asset.class, 200, request), request, node);
    }

    /** One page; {@code total} is the server's, or (for servers without one) this page's end. */
    public AssetPage list(AssetQuery query) {
        int offset = query.offset() == null ? 0 : query.offset();
        Page<Asset> page = fetchPage(query, offset, query.limit());
        return new AssetPage(page.items(), page.total().orElse(page.offset() + page.items().size()),
                query.limit() == null ? page.items().size() : query.limit(), page.offset());
    }

    /** All matching assets, newest first, fetched lazily {@code limit} (default 100) at a time. */
    public Iterable<Asset> iterate(AssetQuery query) {
        int pageSize = query.limit() == null ? PAGE_SIZE : query.limit();
        int start = query.offset() == null ? 0 : query.offset();
        return () -> new PagingIterator<>((offset, limit) -> fetchPage(query, offset, limit), start, pageSize);
    }

    public Stream<Asset> stream(AssetQuery query) {
        return java.util.stream.StreamSupport.stream(iterate(query).spliterator(), false);
    }

    private Page<Asset> fetchPage(AssetQuery query, int offset, Integer limit) {
        HttpUrl.Builder url = caller.url("assets");
        if (limit != null) {
            url.addQueryParameter("limit", Integer.toString(limit));
        }
        url.addQueryParameter("offset", Integer.toString(offset));
        if (query.status() != null) {
            url.addQueryParameter("status", query.status().wireName());
        }
        if (query.q() != null) {
            url.addQueryParameter("q", query.q());
        }
        if (query.sort() != null) {
            url.addQueryParameter("sort", query.sort());
        }
        if (query.tag() != null) {
            url.addQueryParameter("tag", query.tag());
        }
        Request request = caller.get(url.build());
        return pages.read(request, "assets", Asset.class, offset, a -> checked(a, request, null));
    }

    /** {@code DELETE /v1/assets/{id}}; 409 {@code asset_in_use} while a scene still places it. */
    public void delete(String id) {
        caller.send(caller.delete(caller.url("assets", id).build()));
    }

    /** Polls until the asset is ready (returned) or failed ({@link GenerationFailedException}); see {@link PollSchedule}. */
    public Asset awaitReady(String id, Duration timeout, AwaitListener listener, CancellationToken token) {
        return waiter.awaitAsset(id, null, timeout, listener, token);
    }

    public Asset awaitReady(String id, Duration timeout, AwaitListener listener) {
        return awaitReady(id, timeout, listener, new CancellationToken());
    }

    /** Follows a newer-variant job ({@code GET /v1/jobs/{id}}) and then fetches the asset it made. */
    public Asset awaitJob(String jobId, Duration timeout, AwaitListener listener, CancellationToken token) {
        return waiter.awaitJob(jobId, timeout, listener, token);
    }

    /**
     * {@code POST /v1/assets/{id}/export}: the ZIP written to {@code target} (a file, or a directory to put
     * {@code <id>_<format>.zip} into). {@code format} is a canonical name or an alias ({@code mjcf}, …).
     */
    public Path export(String id, String format, Path target, ProgressListener listener) {
        return exports.export(new String[] {"assets", id, "export"}, id, format, target, listener);
    }

    private Asset checked(Asset asset, Request request, JsonNode node) {
        caller.require(asset.id(), "id", 200, request, node);
        caller.require(asset.status(), "status", 200, request, node);
        return asset;
    }
}
