package io.gizmostudio.ui.scenes;

/** The one-click fix offered next to a pre-check problem, as a value: tests compare it, the View shows its label. */
public sealed interface ExportFix {

    /** The Fix button's text. */
    String label();

    void apply(ExportFixes fixes);

    /** Shows the placement, for problems only the user can solve (an overlap: move one of them). */
    record Select(String placementId, String placementName) implements ExportFix {
        @Override public String label() {
            return "Select \u201c" + placementName + "\u201d";
        }

        @Override public void apply(ExportFixes fixes) {
            fixes.select(placementId);
        }
    }

    record DropToSurface(String placementId) implements ExportFix {
        @Override public String label() {
            return "Drop to surface";
        }

        @Override public void apply(ExportFixes fixes) {
            fixes.dropToSurface(placementId);
        }
    }

    record Rename(String placementId, String newName) implements ExportFix {
        @Override public String label() {
            return "Rename to \u201c" + newName + "\u201d";
        }

        @Override public void apply(ExportFixes fixes) {
            fixes.rename(placementId, newName);
        }
    }
}
