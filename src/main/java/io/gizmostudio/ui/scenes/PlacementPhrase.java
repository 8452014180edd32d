package io.gizmostudio.ui.scenes;

/** "no placements", "1 placement", "12 placements": counts in the browser's sentences. */
final class PlacementPhrase {
    private PlacementPhrase() {
    }

    static String of(Integer count) {
        if (count == null) {
            return "all its placements";
        }
        if (count == 0) {
            return "no placements";
        }
        return count == 1 ? "1 placement" : count + " placements";
    }
}
