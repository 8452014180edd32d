package io.gizmostudio.cli;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStats;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.client.CancellationToken;
import io.gizmostudio.client.GizmoClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code generate --server URL}: the same generation, done by a server through {@link GizmoClient} — create,
 * wait (progress on stderr), then download the requested bundles. Retries and backoff are the client's, as in
 * the app.
 */
final class RemoteGenerate {
    private final PrintWriter out;
    private final PrintWriter err;

    RemoteGenerate(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    CliExit run(GizmoClient client, CreateAssetRequest request, Duration timeout, Optional<FormatList> formats,
                Path folder, boolean unpack) {
        err.println("generating on " + client.options().baseUrl());
        err.flush();
        Asset asset = client.assets().generate(request, timeout, new WaitProgress(err), new CancellationToken());
        describe(asset);
        new BundleFetcher(client.assets()::export, out, err)
                .fetch(asset.id(), FormatList.resolve(formats, asset.exportFormats()), folder, unpack);
        return CliExit.OK;
    }

    private void describe(Asset asset) {
        AssetStats s = asset.stats();
        out.printf(Locale.ROOT, "asset:      %s — %s%s%n", asset.id(), asset.name(), s == null ? ""
                : String.format(Locale.ROOT, ", %d links, %d joints (%d DOF), %.2f kg", s.links(), s.joints(), s.dof(),
                        s.massKg()));
        out.flush();
    }
}
