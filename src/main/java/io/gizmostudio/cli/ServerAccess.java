package io.gizmostudio.cli;

import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoClientOptions;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How the CLI reaches a server: the URL (an option, else {@value #ENV_SERVER} where a command allows it), the key
 * (only ever from {@value GizmoClientOptions#ENV_API_KEY}, so it is never on a command line, in a shell history
 * or in a process list) and the client built from both. {@code tuning} is the seam through which tests shorten
 * timeouts and make retry waits instant; the commands get the real environment and no tuning.
 */
public final class ServerAccess {
    public static final String ENV_SERVER = "GIZMO_SERVER";

    private final Map<String, String> environment;
    private final UnaryOperator<GizmoClientOptions.Builder> tuning;

    public ServerAccess(Map<String, String> environment, UnaryOperator<GizmoClientOptions.Builder> tuning) {
        this.environment = Map.copyOf(environment);
        this.tuning = Objects.requireNonNull(tuning, "tuning");
    }

    /** This process's environment, the client's defaults. */
    public static ServerAccess system() {
        return new ServerAccess(System.getenv(), UnaryOperator.identity());
    }

    /** {@code option}, else (when {@code environmentFallback}) {@value #ENV_SERVER}; a usage failure when neither is set. */
    String serverUrl(String option, boolean environmentFallback) {
        if (option != null && !option.isBlank()) {
            return option.trim();
        }
        String fromEnvironment = environmentFallback ? environment.get(ENV_SERVER) : null;
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        throw new CliFailure(CliExit.USAGE, "no server: give --server URL" + (environmentFallback ? " or set " + ENV_SERVER : ""));
    }

    /**
     * A client for {@code url} with the key from the environment. A server other than this machine without a key
     * is refused here, before any request: it could only answer 401, and the fix is on this side.
     */
    GizmoClient open(String url) {
        GizmoClientOptions options;
        try {
            options = tuning.apply(GizmoClientOptions.builder().baseUrl(url)
                    .apiKey(environment.get(GizmoClientOptions.ENV_API_KEY))).build();
        } catch (IllegalArgumentException e) {
            // ApiKey's message says what is wrong with the key without quoting it
            throw new CliFailure(CliExit.USAGE, e.getMessage());
        }
        if (options.apiKey().isEmpty() && !options.isLoopback()) {
            throw new CliFailure(CliExit.USAGE, "no API key for " + options.baseUrl().host() + ": set "
                    + GizmoClientOptions.ENV_API_KEY + " (the key is read only from the environment)");
        }
        return new GizmoClient(options);
    }
}
