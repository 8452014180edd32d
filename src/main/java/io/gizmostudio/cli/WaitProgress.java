package io.gizmostudio.cli;

import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.client.AwaitListener;
import io.gizmostudio.client.GenerationProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a running generation as lines on stderr ({@code ast_… processing 40% 1.2 s}), one per change of
 * status or percent, so a pipeline's log shows movement without a line for every poll.
 */
final class WaitProgress implements AwaitListener {
    private final PrintWriter err;
    private AssetStatus lastStatus;
    private int lastPercent = Integer.MIN_VALUE;

    WaitProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void onProgress(GenerationProgress p) {
        if (p.status() == lastStatus && p.percent() == lastPercent) {
            return;
        }
        lastStatus = p.status();
        lastPercent = p.percent();
        err.printf(Locale.ROOT, "%s %s%s %.1f s%n", p.id(), p.status() == null ? "unknown" : p.status().wireName(),
                p.hasPercent() ? " " + p.percent() + "%" : "", p.elapsed().toMillis() / 1000.0);
        err.flush();
    }
}
