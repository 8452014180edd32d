package io.gizmostudio.ui.shell;

import io.gizmostudio.ui.common.Cancellable;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.UiExecutor;
import io.gizmostudio.ui.connection.ActiveConnection;
import io.gizmostudio.ui.connection.Connection;
import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.ConnectionService;
import io.gizmostudio.ui.connection.ProfileKind;
import java.time.Duration;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection as the status bar shows it: which server, healthy or not, and what to do when it is not. Opens
 * connections (at start-up and when the user switches profiles) and checks health in the background every
 * {@code checkPeriod}; when a lost connection comes back, the library is refreshed.
 */
public final class ConnectionStatusViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionStatusViewModel.class);

    private final ActiveConnection active;
    private final ConnectionService connections;
    private final UiExecutor executor;
    private final Duration checkPeriod;
    private final Runnable onConnected;
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyStringWrapper server = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    /** Bumped on every connect, so checks and timers of an older connection stop touching the state. */
    private int epoch;
    private Cancellable nextCheck = Cancellable.NONE;

    public ConnectionStatusViewModel(ActiveConnection active, ConnectionService connections, UiExecutor executor,
                                     Duration checkPeriod, Runnable onConnected) {
        this.active = active;
        this.connections = connections;
        this.executor = executor;
        this.checkPeriod = checkPeriod;
        this.onConnected = onConnected;
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Built-in engine · http://127.0.0.1:41234/v1". */
    public ReadOnlyStringProperty serverProperty() {
        return server.getReadOnlyProperty();
    }

    /** "healthy", or a short message saying what to do. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Opens {@code profile} in the background and makes it the active connection. */
    public void connect(ConnectionProfile profile) {
        int mine = ++epoch;
        nextCheck.cancel();
        state.set(ConnectionState.CONNECTING);
        server.set(label(profile.kind(), profile.kind().isRemote() ? profile.baseUrl() : ""));
        detail.set(profile.kind() == ProfileKind.BUILT_IN ? "starting the built-in engine…" : "connecting…");
        LOG.info("Connecting to {}", profile);
        executor.submit(() -> connections.open(profile), connection -> {
            if (mine != epoch) {
                connection.close();
                return;
            }
            active.replace(connection).ifPresent(this::closeInBackground);
            server.set(label(connection.kind(), connection.baseUrl()));
            LOG.info("Connected to {}", connection.baseUrl());
            onConnected.run();
            check(mine);
        }, failure -> {
            if (mine == epoch) {
                markUnhealthy(failure);
                scheduleCheck(mine);
            }
        });
    }

    /** Checks health now (also done periodically). */
    public void checkNow() {
        nextCheck.cancel();
        check(epoch);
    }

    /** Stops the periodic checks (quitting). */
    public void stop() {
        epoch++;
        nextCheck.cancel();
    }

    private void check(int mine) {
        if (active.current().isEmpty()) {
            scheduleCheck(mine);
            return;
        }
        executor.submit(active::check, report -> {
            if (mine != epoch) {
                return;
            }
            boolean recovered = state.get() == ConnectionState.UNHEALTHY;
            state.set(ConnectionState.HEALTHY);
            detail.set("healthy");
            if (recovered) {
                LOG.info("Connection to {} is back", report.baseUrl());
                onConnected.run();
            }
            scheduleCheck(mine);
        }, failure -> {
            if (mine == epoch) {
                markUnhealthy(failure);
                scheduleCheck(mine);
            }
        });
    }

    private void markUnhealthy(Throwable failure) {
        if (state.get() != ConnectionState.UNHEALTHY) {
            LOG.warn("Connection check failed: {}", failure.toString());
        }
        state.set(ConnectionState.UNHEALTHY);
        detail.set(FailureMessages.describe(failure));
    }

    private void scheduleCheck(int mine) {
        if (mine == epoch) {
            nextCheck = executor.schedule(checkPeriod, () -> check(mine));
        }
    }

    private void closeInBackground(Connection previous) {
        executor.submit(() -> {
            previous.close();
            return previous;
        }, closed -> { }, failure -> LOG.warn("Closing the previous connection failed: {}", failure.toString()));
    }

    private static String label(ProfileKind kind, String url) {
        return url == null || url.isEmpty() ? kind.label() : kind.label() + " · " + url;
    }
}
