package io.gizmostudio.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.connection.ActiveConnection;
import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.FakeConnectionService;
import io.gizmostudio.ui.connection.ProfileKind;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConnectionStatusViewModelTest {
    private static final Duration PERIOD = Duration.ofSeconds(10);
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final FakeConnectionService connections = new FakeConnectionService(new FakeAssetLibrary());
    private final ActiveConnection active = new ActiveConnection();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final ConnectionStatusViewModel vm =
            new ConnectionStatusViewModel(active, connections, executor, PERIOD, refreshes::incrementAndGet);

    @Test
    void connectingToTheBuiltInEngineEndsHealthyAndLoadsTheLibrary() {
        vm.connect(ConnectionProfile.builtIn());

        assertThat(vm.stateProperty().get()).isEqualTo(ConnectionState.HEALTHY);
        assertThat(vm.serverProperty().get()).isEqualTo("Built-in engine · http://127.0.0.1:40000/v1");
        assertThat(vm.detailProperty().get()).isEqualTo("healthy");
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void aLostConnectionIsNoticedByThePeriodicCheckAndItsReturnRefreshes() {
        vm.connect(ConnectionProfile.builtIn());
        connections.healthy.set(false);
        executor.advance(PERIOD);

        assertThat(vm.stateProperty().get()).isEqualTo(ConnectionState.UNHEALTHY);
        assertThat(vm.detailProperty().get()).contains("Cannot reach the server");

        connections.healthy.set(true);
        executor.advance(PERIOD);
        assertThat(vm.stateProperty().get()).isEqualTo(ConnectionState.HEALTHY);
        assertThat(refreshes).hasValue(2);
        assertThat(executor.pendingTimers()).isEqualTo(1);
    }

    @Test
    void switchingProfilesClosesThePreviousConnection() {
        vm.connect(ConnectionProfile.builtIn());
        vm.connect(new ConnectionProfile(ProfileKind.CUSTOM, "http://lab:9000/v1", "k"));

        assertThat(connections.connections.get(0).closed).isTrue();
        assertThat(active.current()).containsSame(connections.connections.get(1));
        assertThat(vm.serverProperty().get()).isEqualTo("Custom URL · http://lab:9000/v1");
        assertThat(executor.pendingTimers()).isEqualTo(1);
    }

    @Test
    void stoppingEndsThePeriodicChecks() {
        vm.connect(ConnectionProfile.builtIn());
        vm.stop();
        executor.advance(PERIOD.multipliedBy(3));

        assertThat(executor.pendingTimers()).isZero();
    }
}
