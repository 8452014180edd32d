package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Pose;
import java.util.Optional;

/** Where a dragged asset would stand if dropped now, or why it cannot be placed ({@code refusal} "" when it can). */
public record DropPreview(Optional<Pose> pose, String refusal) {
    static DropPreview at(Pose p) {
        return new DropPreview(Optional.of(p), "");
    }

    static DropPreview refused(String why) {
        return new DropPreview(Optional.empty(), why);
    }
}
