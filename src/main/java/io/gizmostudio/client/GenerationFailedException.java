package io.gizmostudio.client;

import io.gizmostudio.api.Asset;
import java.util.Optional;

/**
 * A generation ended {@code failed} (or its job {@code failed}/{@code cancelled}): {@link #code()} and
 * {@link #serverMessage()} are the asset's (or job's) own error, e.g. {@code unrecognized_prompt}.
 */
public final class GenerationFailedException extends GizmoException {
    private final String id;
    private final transient Asset asset;

    public GenerationFailedException(String id, String code, String message, Asset asset) {
        super(0, "generation_failed", code, message, null);
        this.id = id;
        this.asset = asset;
    }

    /** The asset id, or the job id when the newer variant failed before naming an asset. */
    public String id() {
        return id;
    }

    /** The failed asset as last seen, when the server reported one. */
    public Optional<Asset> asset() {
        return Optional.ofNullable(asset);
    }
}
