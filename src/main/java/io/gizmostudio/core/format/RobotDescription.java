package io.gizmostudio.core.format;

import io.gizmostudio.core.model.Articulation;
import java.util.List;

/**
 * A robot description as read from a file: the articulation, notes on what the file holds that the model does
 * not show (an MJCF {@code <composite>}, an {@code sdf} geom), and warnings on what the reader accepted leniently
 * or left out (a fixed joint's zero axis, an undefined material, a missing or refused mesh), so that a viewer can
 * say so instead of quietly leaving it out. Each note and warning names the file and line.
 */
public record RobotDescription(Articulation articulation, List<String> notes, List<DescriptionWarning> warnings) {
    public RobotDescription {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public RobotDescription(Articulation articulation, List<String> notes) {
        this(articulation, notes, List.of());
    }

    /** The warnings about meshes left out, in file order. */
    public List<DescriptionWarning> missingMeshes() {
        return warnings.stream().filter(DescriptionWarning::isMissingMesh).toList();
    }

    /** The same notes and warnings about another articulation (the preview's, without a free joint). */
    public RobotDescription withArticulation(Articulation shown) {
        return new RobotDescription(shown, notes, warnings);
    }
}
