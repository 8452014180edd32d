package io.gizmostudio.core.format;

import io.gizmostudio.core.model.Articulation;
import java.util.List;

/**
 * A robot description as read from a file: the articulation, and notes on what the file holds that the model does
 * not show (an MJCF {@code <composite>}, an {@code sdf} geom), so that a viewer can say so instead of quietly
 * leaving it out. Each note names the file and line.
 */
public record RobotDescription(Articulation articulation, List<String> notes) {
    public RobotDescription {
        notes = List.copyOf(notes);
    }
}
