package io.gizmostudio.ui.shell;

/** How the status bar shows the connection. */
public enum ConnectionState {
    CONNECTING, HEALTHY, UNHEALTHY
}
