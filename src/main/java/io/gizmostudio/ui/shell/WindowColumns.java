package io.gizmostudio.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The window's three columns (library | composer | preview) in one split pane, where the outer two can be hidden
 * and shown again at the width they had. Divider positions are kept as fractions of the whole window width, so a
 * hidden column comes back where it was and the saved layout means the same whatever was hidden.
 */
final class WindowColumns {
    private final SplitPane split;
    private final Node library;
    private final Node middle;
    private final Node right;
    private double libraryEnd;
    private double previewStart;

    WindowColumns(Node library, Node middle, Node right, double libraryEnd, double previewStart) {
        this.library = library;
        this.middle = middle;
        this.right = right;
        this.libraryEnd = libraryEnd;
        this.previewStart = Math.max(libraryEnd + 0.1, previewStart);
        split = new SplitPane(library, middle, right);
        SplitPane.setResizableWithParent(library, false);
        SplitPane.setResizableWithParent(right, false);
        apply();
    }

    SplitPane pane() {
        return split;
    }

    boolean libraryShown() {
        return split.getItems().contains(library);
    }

    boolean previewShown() {
        return split.getItems().contains(right);
    }

    void showLibrary(boolean shown) {
        remember();
        if (shown && !libraryShown()) {
            split.getItems().add(0, library);
        } else if (!shown) {
            split.getItems().remove(library);
        }
        apply();
    }

    void showPreview(boolean shown) {
        remember();
        if (shown && !previewShown()) {
            split.getItems().add(right);
        } else if (!shown) {
            split.getItems().remove(right);
        }
        apply();
    }

    /** Where the library ends, as a fraction of the window (its last width when hidden). */
    double libraryEnd() {
        remember();
        return libraryEnd;
    }

    /** Where the preview column starts, as a fraction of the window (its last place when hidden). */
    double previewStart() {
        remember();
        return previewStart;
    }

    private void remember() {
        double[] d = split.getDividerPositions();
        if (libraryShown() && previewShown() && d.length == 2) {
            libraryEnd = d[0];
            previewStart = d[1];
        } else if (libraryShown() && d.length == 1) {
            libraryEnd = d[0];
        } else if (previewShown() && d.length == 1) {
            previewStart = d[0];
        }
    }

    private void apply() {
        if (libraryShown() && previewShown()) {
            split.setDividerPositions(libraryEnd, previewStart);
        } else if (libraryShown()) {
            split.setDividerPositions(libraryEnd);
        } else if (previewShown()) {
            split.setDividerPositions(previewStart);
        }
    }

    Node middle() {
        return middle;
    }
}
