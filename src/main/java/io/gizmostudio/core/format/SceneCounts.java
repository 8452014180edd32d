package io.gizmostudio.core.format;

/**
 * How many parts of a scene are free, fixed and posed (some joint away from zero): what the writers' report lines
 * count, phrased the same way in every format.
 */
public record SceneCounts(int free, int fixed, int posed) {
    public static SceneCounts of(SceneModel scene) {
        int free = 0;
        int posed = 0;
        for (ScenePart p : scene.parts()) {
            free += p.isFree() ? 1 : 0;
            posed += p.hasJointPositions() ? 1 : 0;
        }
        return new SceneCounts(free, scene.parts().size() - free, posed);
    }

    public boolean empty() {
        return free + fixed == 0;
    }

    /** "1 free object", "3 fixed objects". */
    public static String objects(int n, String kind) {
        return n + " " + kind + (kind.isEmpty() ? "" : " ") + (n == 1 ? "object" : "objects");
    }
}
