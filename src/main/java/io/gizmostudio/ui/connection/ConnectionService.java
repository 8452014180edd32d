package io.gizmostudio.ui.connection;

/**
 * Opens connections from profiles: starts the built-in engine when needed, builds the HTTP client. Blocking;
 * call it through the {@code UiExecutor}.
 */
public interface ConnectionService extends AutoCloseable {

    /** Opens a connection; throws {@code ServiceException} if the server cannot even be set up. */
    Connection open(ConnectionProfile profile);

    /** Checks a profile without making it the active one ("Test connection"). */
    ConnectionReport test(ConnectionProfile profile);

    /** Releases everything, including a running built-in engine. */
    @Override
    void close();
}
