package io.gizmostudio.cli;

import picocli.CommandLine.Option;

/** The {@code --server URL} option of {@code assets …} and {@code scenes …}, which fall back to {@code GIZMO_SERVER}. */
final class ServerOption {
    @Option(names = "--server", paramLabel = "URL",
            description = "The server to talk to (default: $" + ServerAccess.ENV_SERVER + "); the API key comes from GIZMO_API_KEY.")
    String url;

    String resolve(ServerAccess access) {
        return access.serverUrl(url, true);
    }
}
