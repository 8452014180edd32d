package io.gizmostudio.server.support;

import io.gizmostudio.server.store.StoreLocation;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;

/**
 * The test PostgreSQL that {@code .ci/postgres.sh} starts ({@code GIZMO_TEST_POSTGRES_URL} and the store credentials
 * in the environment). Each {@link #freshSchema()} is an empty schema, so tests never see each other's rows. Without
 * it, PostgreSQL tests are skipped, unless {@code -Dgizmo.postgres.required=true} (CI), where they fail.
 */
public final class TestPostgres {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestPostgres() {
    }

    public static boolean available() {
        String url = System.getenv("GIZMO_TEST_POSTGRES_URL");
        return url != null && !url.isBlank();
    }

    /** Skips the calling test when there is no test PostgreSQL, or fails it where one is required. */
    public static void assumeAvailable() {
        if (!available() && Boolean.getBoolean("gizmo.postgres.required")) {
            throw new AssertionError("GIZMO_TEST_POSTGRES_URL is not set but gizmo.postgres.required is: start one with"
                    + " eval \"$(bash .ci/postgres.sh start)\"");
        }
        Assumptions.assumeTrue(available(), "no test PostgreSQL (eval \"$(bash .ci/postgres.sh start)\")");
    }

    /** The URL of a schema no one has used, e.g. {@code …/gizmo_test?currentSchema=t_1a2b3c4d5e6f}. */
    public static String freshSchemaUrl() {
        assumeAvailable();
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return System.getenv("GIZMO_TEST_POSTGRES_URL") + "?currentSchema=t_" + HexFormat.of().formatHex(b);
    }

    public static StoreLocation freshSchema() {
        return StoreLocation.parse(freshSchemaUrl(), System.getenv());
    }

    /** The same schema again (a second instance on the same store). */
    public static StoreLocation location(String url) {
        return StoreLocation.parse(url, System.getenv());
    }
}
