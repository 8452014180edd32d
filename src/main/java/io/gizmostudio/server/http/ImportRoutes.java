package io.gizmostudio.server.http;

import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.server.imports.DescriptionImporter;
import io.gizmostudio.server.store.AssetStore;
import io.gizmostudio.server.store.Ids;
import io.gizmostudio.server.store.StoredAsset;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /v1/assets/import} (local-engine extension, README "Asset API extensions"): a zip of a robot
 * description as the body ({@code Content-Type: application/zip}, up to {@link #MAX_UPLOAD_BYTES}); optional query
 * {@code name} and {@code entry} (the description's path in the zip when it holds several). 201 with the asset,
 * already {@code ready}: nothing is queued. The zip's faults are 400 {@code invalid_bundle}, the description's
 * 400 {@code invalid_description}, each naming what is wrong.
 */
public final class ImportRoutes {
    public static final int MAX_UPLOAD_BYTES = 256 << 20;
    public static final String MEDIA_TYPE = "application/zip";

    private final AssetStore assets;
    private final DescriptionImporter importer;
    private final AssetViews views;
    private final Replies replies;
    private final Ids ids;
    private final Clock clock;

    public ImportRoutes(AssetStore assets, DescriptionImporter importer, AssetViews views, Replies replies, Ids ids, Clock clock) {
        this.assets = assets;
        this.importer = importer;
        this.views = views;
        this.replies = replies;
        this.ids = ids;
        this.clock = clock;
    }

    public Reply importBundle(ApiRequest req) {
        String name = req.query("name");
        if (name != null && !name.isBlank()) {
            name = FieldRules.name("name", name);
        }
        if (req.body().length == 0) {
            throw ApiException.badRequest(ErrorCodes.INVALID_BUNDLE, "Send the zip of the robot description as the body.");
        }
        DescriptionImporter.Imported imported;
        try {
            imported = importer.importZip(req.body(), name, req.query("entry"));
        } catch (DescriptionImporter.ImportException e) {
            throw ApiException.badRequest(e.isBundleProblem() ? ErrorCodes.INVALID_BUNDLE : ErrorCodes.INVALID_DESCRIPTION,
                    e.getMessage());
        }
        Instant now = clock.instant();
        StoredAsset asset = new StoredAsset(ids.next(Ids.ASSET), req.owner(), AssetStatus.READY,
                name != null && !name.isBlank() ? name : FieldRules.defaultName(imported.name()), "Imported from " + imported.entry(), List.of("imported"), 0, 100,
                now, now, null, null, imported.result().statsJson(), imported.result().paramsJson(),
                imported.result().exportFormats(), !imported.free());
        assets.insertReady(asset, imported.result());
        return replies.status(201, views.toWire(asset));
    }
}
