package io.gizmostudio.core.format;

import java.nio.file.Path;

/**
 * A robot description (URDF, MJCF or a mesh it references) that cannot be read. The message names the
 * file, the line and the element so that a user can open the file and fix it.
 */
public final class RobotDescriptionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String element;

    public RobotDescriptionException(Path file, int line, String element, String problem) {
        this(file, line, element, problem, null);
    }

    public RobotDescriptionException(Path file, int line, String element, String problem, Throwable cause) {
        super(describe(file, line, element, problem), cause);
        this.file = file;
        this.line = line;
        this.element = element;
    }

    private static String describe(Path file, int line, String element, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<unknown file>" : file.toString());
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (element != null) {
            sb.append(", <").append(element).append('>');
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the offending element, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The offending element's name, or null when the file as a whole is at fault. */
    public String element() {
        return element;
    }
}
