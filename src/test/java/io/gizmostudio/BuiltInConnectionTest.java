package io.gizmostudio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.api.AddPlacementRequest;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.CreateSceneRequest;
import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoClientOptions;
import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.ui.common.AssetQuery;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.connection.BuiltInEngine;
import io.gizmostudio.ui.connection.ClientConnectionService;
import io.gizmostudio.ui.connection.Connection;
import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.ConnectionReport;
import io.gizmostudio.ui.connection.ProfileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ui's service adapters over the real HTTP client against the real built-in engine. */
class BuiltInConnectionTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    @TempDir
    static Path data;
    private static ServerBuiltInEngine engine;
    private static ClientConnectionService connections;
    private static Connection connection;

    @BeforeAll
    static void startEngine() {
        engine = new ServerBuiltInEngine(() -> EmbeddedEngine.start(ServerConfig.defaults(data).withPort(0)));
        connections = new ClientConnectionService(engine);
        connection = connections.open(ConnectionProfile.builtIn());
    }

    @AfterAll
    static void stopEngine() {
        connection.close();
        connections.close();
    }

    @Test
    void theBuiltInEngineAnswersHealthAndWhoAmIOnLoopback() {
        ConnectionReport report = connection.check();

        assertThat(connection.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
        assertThat(report.health().status()).isEqualTo("ok");
        assertThat(report.whoAmI().keyId()).isEqualTo(EmbeddedEngine.DESKTOP_KEY_ID);
        assertThat(report.summary()).contains(" as ");
    }

    @Test
    void aGenerationIsFollowedToReadyAndExportsAZip(@TempDir Path out) throws Exception {
        Asset created = connection.assets().create(new CreateAssetRequest("a 4-DOF robot arm", "Arm A", List.of("lab"), 7L));
        List<AssetStatus> seen = new ArrayList<>();

        Asset ready = connection.assets().awaitTerminal(created.id(), TIMEOUT, a -> seen.add(a.status()), new CancellationSignal());

        assertThat(ready.status()).isEqualTo(AssetStatus.READY);
        assertThat(ready.stats()).isNotNull();
        assertThat(seen).isNotEmpty().last().isEqualTo(AssetStatus.READY);
        long[] progress = {0, 0};
        Path zip = connection.assets().export(ready.id(), ready.exportFormats().get(0), out.resolve("arm.zip"),
                (done, total) -> {
                    progress[0] = done;
                    progress[1] = total;
                }, new CancellationSignal());
        assertThat(Files.readAllBytes(zip)).startsWith('P', 'K');
        assertThat(progress[0]).isEqualTo(Files.size(zip));
    }

    @Test
    void aRefusedPromptEndsAsAFailedAssetCarryingTheEnginesMessage() {
        Asset created = connection.assets().create(CreateAssetRequest.of("a flux capacitor"));

        Asset failed = connection.assets().awaitTerminal(created.id(), TIMEOUT, a -> { }, new CancellationSignal());

        assertThat(failed.status()).isEqualTo(AssetStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo(ErrorCodes.UNRECOGNIZED_PROMPT);
        assertThat(failed.error().message()).startsWith("Could not recognise an asset in \"a flux capacitor\"")
                .contains("Gizmo can make: serial robot arm");
    }

    @Test
    void deletingAnAssetPlacedInASceneIsAConflictNamingTheScene() {
        Asset asset = connection.assets().create(CreateAssetRequest.of("a SCARA robot"));
        connection.assets().awaitTerminal(asset.id(), TIMEOUT, a -> { }, new CancellationSignal());
        BuiltInEngine.EngineEndpoint endpoint = engine.start();
        try (GizmoClient raw = new GizmoClient(GizmoClientOptions.builder().baseUrl(endpoint.baseUrl()).apiKey(endpoint.apiKey()).build())) {
            String scene = raw.scenes().create(new CreateSceneRequest("Warehouse cell", null)).id();
            raw.scenes().addPlacement(scene, new AddPlacementRequest(asset.id(), null, null));
        }

        assertThatThrownBy(() -> connection.assets().delete(asset.id()))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.CONFLICT);
                    assertThat(e.code()).isEqualTo(ErrorCodes.ASSET_IN_USE);
                });
        assertThat(connection.assets().scenesUsing(asset.id())).containsExactly("Warehouse cell");
        assertThat(connection.assets().scenesUsing(created("a pan-tilt unit").id())).isEmpty();
    }

    private static Asset created(String prompt) {
        return connection.assets().create(CreateAssetRequest.of(prompt));
    }

    @Test
    void searchAndPagingGoToTheServer() {
        for (int i = 0; i < 3; i++) {
            connection.assets().create(new CreateAssetRequest("a parallel-jaw gripper " + i, null, List.of("paged"), null));
        }
        var page = connection.assets().page(new AssetQuery("parallel-jaw gripper", null, null), 1, 2);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.assets()).hasSize(2).allMatch(a -> a.prompt().startsWith("a parallel-jaw gripper"));
        assertThat(connection.assets().page(new AssetQuery(null, null, "paged"), 0, 10).total()).isEqualTo(3);
    }

    @Test
    void aWrongKeyIsUnauthorizedAndSaysToFixTheKey() {
        ConnectionProfile wrongKey = new ConnectionProfile(ProfileKind.CUSTOM, connection.baseUrl(), "not-the-key");

        assertThatThrownBy(() -> connections.test(wrongKey))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNAUTHORIZED))
                .satisfies(e -> assertThat(FailureMessages.describe(e)).contains("Settings"));
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() {
        ConnectionProfile nowhere = new ConnectionProfile(ProfileKind.CUSTOM, "http://127.0.0.1:9/v1", "k");

        assertThatThrownBy(() -> connections.test(nowhere))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNREACHABLE));
    }
}
