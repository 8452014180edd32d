package io.gizmostudio.ui.connection;

import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.SceneService;

/** An open connection to one server: its services, until closed. */
public interface Connection extends AutoCloseable {

    ProfileKind kind();

    /** The server's base URL, for the status bar. */
    String baseUrl();

    AssetLibraryService assets();

    SceneService scenes();

    /** Health + whoami; throws {@code ServiceException} when the server is unreachable or rejects the key. */
    ConnectionReport check();

    @Override
    void close();
}
