package io.gizmostudio.server;

/** The version reported by {@code /v1/health}: the jar's Implementation-Version, or {@code dev} when run from classes. */
public final class EngineVersion {
    private EngineVersion() {
    }

    public static String current() {
        String v = EngineVersion.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
