package io.gizmostudio.ui.scenes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a folder can take an export: it exists and is writable, or it can be created (its nearest existing
 * ancestor is a writable folder). {@link #parse} is pure and runs as the user types; {@link #problem} looks at the
 * disk, so it runs on a worker.
 */
final class ExportDestination {
    private ExportDestination() {
    }

    /** The typed text as an absolute path, or why it is not one (exactly one of the two is set). */
    record Parsed(Path folder, String problem) {
    }

    static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, "Choose a destination folder.");
        }
        try {
            Path p = Path.of(text.strip());
            if (!p.isAbsolute()) {
                return new Parsed(null, "Enter the folder's full path (e.g. /home/me/exports), or use Browse\u2026");
            }
            return new Parsed(p.normalize(), null);
        } catch (InvalidPathException e) {
            return new Parsed(null, "\u201c" + text.strip() + "\u201d is not a valid folder path.");
        }
    }

    /** Why {@code folder} cannot take the export, or empty when it can (also when it does not exist yet). */
    static Optional<String> problem(Path folder) {
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                return Optional.of(ExportPrecheck.quoted(folder.toString()) + " is a file, not a folder.");
            }
            if (!Files.isWritable(folder)) {
                return Optional.of("You may not write into " + ExportPrecheck.quoted(folder.toString()) + ". Choose another folder.");
            }
            return Optional.empty();
        }
        Path ancestor = folder.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return Optional.of(ExportPrecheck.quoted(folder.toString()) + " cannot be created: no part of its path exists.");
        }
        if (!Files.isDirectory(ancestor)) {
            return Optional.of(ExportPrecheck.quoted(folder.toString()) + " cannot be created: "
                    + ExportPrecheck.quoted(ancestor.toString()) + " is a file.");
        }
        if (!Files.isWritable(ancestor)) {
            return Optional.of(ExportPrecheck.quoted(folder.toString()) + " cannot be created: you may not write into "
                    + ExportPrecheck.quoted(ancestor.toString()) + ".");
        }
        return Optional.empty();
    }

    /** Creates {@code folder} when missing; throws with the user's sentence when it cannot take the export. */
    static void prepare(Path folder) throws IOException {
        Optional<String> problem = problem(folder);
        if (problem.isPresent()) {
            throw new DestinationException(problem.get());
        }
        Files.createDirectories(folder);
    }

    /** The destination folder refused the export; the message is for the user. */
    static final class DestinationException extends IOException {
        private static final long serialVersionUID = 1L;

        DestinationException(String message) {
            super(message);
        }
    }
}
