package io.gizmostudio.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gizmostudio.api.Scene;
import io.gizmostudio.server.support.TestServer;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.ServiceException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ActiveConnection#scenes()} follows whichever connection is active at each call. */
class ActiveConnectionScenesTest {
    @TempDir
    Path data;

    @Test
    void scenesGoToTheConnectionActiveAtTheTimeOfTheCall() {
        ClientConnectionService connections = new ClientConnectionService(new BuiltInEngine() {
            @Override
            public EngineEndpoint start() {
                throw new UnsupportedOperationException("only custom profiles here");
            }

            @Override
            public void stop() {
            }
        });
        try (TestServer first = TestServer.start(data.resolve("first"));
             TestServer second = TestServer.start(data.resolve("second"));
             ActiveConnection active = new ActiveConnection()) {
            SceneService scenes = active.scenes();
            ServiceException none = catchThrowableOfType(ServiceException.class, () -> scenes.page(null, 0, 10));
            assertThat(none.kind()).isEqualTo(FailureKind.UNREACHABLE);
            assertThat(none.code()).isEqualTo("not_connected");

            active.replace(connections.open(profile(first)));
            Scene made = scenes.create("On the first", null);
            active.replace(connections.open(profile(second))).ifPresent(Connection::close);

            assertThat(scenes.page(null, 0, 10).scenes()).isEmpty();
            assertThat(catchThrowableOfType(ServiceException.class, () -> scenes.get(made.id())).kind())
                    .isEqualTo(FailureKind.NOT_FOUND);
            scenes.create("On the second", null);
            assertThat(scenes.page(null, 0, 10).scenes()).extracting(Scene::name).containsExactly("On the second");
        }
    }

    private static ConnectionProfile profile(TestServer server) {
        return new ConnectionProfile(ProfileKind.CUSTOM, server.server().baseUrl() + "/v1", server.key().secret());
    }
}
