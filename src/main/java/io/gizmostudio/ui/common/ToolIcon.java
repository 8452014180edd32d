package io.gizmostudio.ui.common;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/**
 * Toolbar icons drawn as lines on a 16 × 16 grid, in the button's text colour (studio.css: {@code .tool-icon}).
 * Drawn rather than typed: a symbol character shows as an empty box where the desktop's fonts lack it.
 */
public enum ToolIcon {
    UNDO("M6 3 L2 7 L6 11 M2 7 H10 A4 4 0 0 1 10 15 H7"),
    REDO("M10 3 L14 7 L10 11 M14 7 H6 A4 4 0 0 0 6 15 H9"),
    DUPLICATE("M6 6 H14 V14 H6 Z M10 2 H2 V10"),
    DELETE("M3.5 3.5 L12.5 12.5 M12.5 3.5 L3.5 12.5"),
    DROP_TO_SURFACE("M8 1.5 V10.5 M4.5 7 L8 10.5 L11.5 7 M2 14 H14"),
    ROTATE("M13 8 A5 5 0 1 1 8 3 H10.5 M8.5 0.5 L11 3 L8.5 5.5"),
    ARRAY("M2 2 H5 V5 H2 Z M6.5 2 H9.5 V5 H6.5 Z M11 2 H14 V5 H11 Z M2 6.5 H5 V9.5 H2 Z M6.5 6.5 H9.5 V9.5 H6.5 Z"
            + " M11 6.5 H14 V9.5 H11 Z M2 11 H5 V14 H2 Z M6.5 11 H9.5 V14 H6.5 Z M11 11 H14 V14 H11 Z");

    private final String path;

    ToolIcon(String path) {
        this.path = path;
    }

    /** The SVG path data, on the 16 × 16 grid. */
    public String path() {
        return path;
    }

    /** A new node drawing the icon (one per button: a node has one parent). */
    public Node node() {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.getStyleClass().add("tool-icon");
        return shape;
    }
}
