package io.gizmostudio.core.format;

import java.nio.file.Path;

/**
 * Something a reader accepted although the file is not quite right (a fixed joint with a zero axis, a material
 * never defined), or left out so that the rest of the model can still be shown (a mesh that is missing or
 * outside the folders the reader may open). Readers are as lenient as urdfdom and MuJoCo, but never silently:
 * each leniency becomes one of these, naming the file and line, so a viewer can list them.
 *
 * @param file        the file the problem is in
 * @param line        its 1-based line, or 0 when unknown
 * @param message     what was accepted or left out, and how
 * @param link        the link the problem concerns, or null
 * @param missingMesh the mesh reference as the file writes it when the warning is a mesh left out, else null
 */
public record DescriptionWarning(Path file, int line, String message, String link, String missingMesh) {
    public DescriptionWarning {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a warning needs a message");
        }
    }

    /** A warning about the file itself, not about one link or mesh. */
    public static DescriptionWarning of(Path file, int line, String message) {
        return new DescriptionWarning(file, line, message, null, null);
    }

    /** A mesh of {@code link} that is not shown (missing, refused or over a limit). */
    public static DescriptionWarning meshLeftOut(Path file, int line, String link, String reference, String why) {
        return new DescriptionWarning(file, line, "mesh '" + reference + "' of link '" + link + "' is not shown: " + why,
                link, reference);
    }

    /** True when a mesh of {@link #link()} was left out. */
    public boolean isMissingMesh() {
        return missingMesh != null;
    }

    /** {@code robot.urdf:12 — message}: the file's name, not its whole path, as a details list shows it. */
    public String text() {
        String name = file == null || file.getFileName() == null ? "<unknown file>" : file.getFileName().toString();
        return (line > 0 ? name + ":" + line : name) + " — " + message;
    }
}
