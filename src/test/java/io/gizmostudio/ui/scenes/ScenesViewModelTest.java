package io.gizmostudio.ui.scenes;

import static io.gizmostudio.ui.scenes.ScenesViewModel.SEARCH_DELAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Placement;
import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.PlacementMobility;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.ScenePage;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.TestServer;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.RecordingDialogService;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.connection.BuiltInEngine;
import io.gizmostudio.ui.connection.ClientConnectionService;
import io.gizmostudio.ui.connection.Connection;
import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.ProfileKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scene browser over the real client and engine; each test has its own API key, so its own empty account. */
class ScenesViewModelTest {
    @TempDir
    static Path data;
    static TestServer engine;
    static ClientConnectionService connections;

    @TempDir
    Path config;
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Scene> opened = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();
    private final List<String> searches = new ArrayList<>();
    private final List<Connection> open = new ArrayList<>();
    private Http http;
    private String arm;
    private SceneService scenes;
    private RecentScenes recent;
    private ScenesViewModel vm;

    @BeforeAll
    static void start() {
        engine = TestServer.start(data);
        connections = new ClientConnectionService(new BuiltInEngine() {
            @Override
            public EngineEndpoint start() {
                throw new UnsupportedOperationException("these tests connect to the test engine as a custom server");
            }

            @Override
            public void stop() {
            }
        });
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @BeforeEach
    void freshAccount() {
        String key = engine.server().keys().create("browser").secret();
        http = new Http(engine.server().baseUrl(), key);
        arm = http.generate("an arm").get("id").asText();
        scenes = recordingSearches(sceneService(engine.server().baseUrl(), key));
        recent = new RecentScenes(config);
        vm = browser(scenes);
    }

    @AfterEach
    void closeConnections() {
        open.forEach(Connection::close);
    }

    private SceneService sceneService(String baseUrl, String key) {
        Connection c = connections.open(new ConnectionProfile(ProfileKind.CUSTOM, baseUrl + "/v1", key));
        open.add(c);
        return c.scenes();
    }

    private ScenesViewModel browser(SceneService service) {
        return new ScenesViewModel(service, recent, dialogs, executor, ZoneOffset.UTC, opened::add, deleted::add);
    }

    private Scene sceneWith(String name, int placements) {
        Scene scene = scenes.create(name, null);
        List<PlacementEntry> entries = new ArrayList<>();
        for (int i = 0; i < placements; i++) {
            entries.add(new PlacementEntry(null, arm, "arm " + i, new Position(i, 0, 0), Rotation.IDENTITY,
                    i == 0 ? PlacementMobility.FREE : null, i == 0 ? Map.of("pan", 0.25) : null));
        }
        return placements == 0 ? scene : scenes.savePlacements(scene.id(), entries);
    }

    private SceneRow row(String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theListShowsScenesNewestFirstWithPlacementCountsAndDates() {
        sceneWith("Work cell", 3);
        sceneWith("Empty dock", 0);

        vm.refresh();

        assertThat(vm.rows()).extracting(SceneRow::name).containsExactly("Empty dock", "Work cell");
        assertThat(vm.rows()).extracting(SceneRow::placementCount).containsExactly(0, 3);
        assertThat(row("Work cell").updated()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void anEmptyAccountSaysHowToStart() {
        vm.refresh();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.messageProperty().get()).contains("No scenes yet");
    }

    @Test
    void typingIsDebouncedIntoOneServerSearch() {
        sceneWith("Work cell", 0);
        sceneWith("Loading dock", 0);
        vm.refresh();
        searches.clear();

        vm.searchTextProperty().set("d");
        executor.advance(Duration.ofMillis(100));
        vm.searchTextProperty().set("DOCK");
        executor.advance(SEARCH_DELAY.minusMillis(1));
        assertThat(searches).isEmpty();
        executor.advance(Duration.ofMillis(1));

        assertThat(searches).containsExactly("DOCK");
        assertThat(vm.rows()).extracting(SceneRow::name).containsExactly("Loading dock");
        vm.searchTextProperty().set("nothing like it");
        executor.advance(SEARCH_DELAY);
        assertThat(vm.messageProperty().get()).contains("No scene name contains “nothing like it”");
    }

    @Test
    void scenesLoadAPageAtATime() {
        for (int i = 0; i < ScenesViewModel.PAGE_SIZE + 5; i++) {
            scenes.create("Scene " + i, null);
        }
        vm.refresh();
        assertThat(vm.rows()).hasSize(ScenesViewModel.PAGE_SIZE);
        assertThat(vm.hasMoreProperty().get()).isTrue();

        vm.loadMore();

        assertThat(vm.rows()).hasSize(ScenesViewModel.PAGE_SIZE + 5);
        assertThat(vm.rows()).extracting(SceneRow::id).doesNotHaveDuplicates();
        assertThat(vm.hasMoreProperty().get()).isFalse();
    }

    @Test
    void openHandsOverTheFullSceneAndRemembersIt() {
        Scene cell = sceneWith("Work cell", 2);
        vm.refresh();
        assertThat(vm.openCommand().isExecutable()).isFalse();

        vm.selectedProperty().set(row("Work cell"));
        vm.openCommand().execute();

        assertThat(opened).containsExactly(scenes.get(cell.id()));
        assertThat(opened.get(0).assets()).hasSize(2);
        assertThat(vm.recentScenes()).containsExactly(new RecentScene(cell.id(), "Work cell"));
        assertThat(new RecentScenes(config).list()).containsExactly(new RecentScene(cell.id(), "Work cell"));
    }

    @Test
    void aRecentSceneDeletedElsewhereSaysSoAndLeavesTheRecentScenes() throws Exception {
        Scene kept = sceneWith("Kept", 0);
        Scene gone = sceneWith("Gone", 0);
        recent.opened(kept.id(), "Kept");
        recent.opened(gone.id(), "Gone");
        vm.refresh();
        assertThat(http.delete("/v1/scenes/" + gone.id()).status()).isEqualTo(204);

        vm.openRecent(vm.recentScenes().get(0));

        assertThat(opened).isEmpty();
        assertThat(vm.messageProperty().get()).contains("“Gone” no longer exists on the server");
        assertThat(vm.recentScenes()).containsExactly(new RecentScene(kept.id(), "Kept"));
        assertThat(new RecentScenes(config).list()).containsExactly(new RecentScene(kept.id(), "Kept"));
        assertThat(vm.rows()).extracting(SceneRow::name).containsExactly("Kept");
    }

    @Test
    void newChecksTheNameThenMakesTheSceneAndOpensIt() {
        vm.refresh();

        assertThat(vm.create("   ")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Enter a name for the scene.");
        assertThat(vm.create("x".repeat(201))).isFalse();
        assertThat(vm.messageProperty().get()).contains("201 characters");
        assertThat(vm.nameProblem("x".repeat(200))).isEmpty();
        assertThat(scenes.page(null, 0, 10).total()).isZero();

        assertThat(vm.create("  Loading dock  ")).isTrue();

        assertThat(opened).extracting(Scene::name).containsExactly("Loading dock");
        assertThat(scenes.get(opened.get(0).id()).name()).isEqualTo("Loading dock");
        assertThat(vm.rows()).extracting(SceneRow::name).containsExactly("Loading dock");
        assertThat(vm.recentScenes()).extracting(RecentScene::name).containsExactly("Loading dock");
    }

    @Test
    void renameChangesTheServerTheRowAndTheRecentName() throws Exception {
        Scene cell = sceneWith("Cell", 1);
        recent.opened(cell.id(), "Cell");
        List<Scene> renamed = new ArrayList<>();
        vm.setOnRenamed(renamed::add);
        vm.refresh();
        vm.selectedProperty().set(row("Cell"));

        assertThat(vm.rename("")).isFalse();
        assertThat(vm.rename(" Work cell ")).isTrue();

        assertThat(scenes.get(cell.id()).name()).isEqualTo("Work cell");
        assertThat(vm.rows()).extracting(SceneRow::name).containsExactly("Work cell");
        assertThat(vm.rows()).extracting(SceneRow::placementCount).containsExactly(1);
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Work cell");
        assertThat(new RecentScenes(config).list()).containsExactly(new RecentScene(cell.id(), "Work cell"));
        assertThat(renamed).extracting(Scene::name).containsExactly("Work cell");
        assertThat(vm.messageProperty().get()).isEqualTo("Renamed “Cell” to “Work cell”.");
    }

    @Test
    void renamingASceneRenamedElsewhereKeepsTheirNameSaysSoAndRefreshes() {
        Scene cell = sceneWith("Cell", 0);
        vm.refresh();
        vm.selectedProperty().set(row("Cell"));
        http.patch("/v1/scenes/" + cell.id(), "{\"name\":\"Their cell\"}");

        vm.rename("My cell");

        assertThat(scenes.get(cell.id()).name()).isEqualTo("Their cell");
        assertThat(vm.messageProperty().get()).contains("“Cell” was renamed to “Their cell” elsewhere");
        assertThat(vm.rows()).extracting(SceneRow::name).containsExactly("Their cell");
    }

    @Test
    void renamingASceneDeletedElsewhereSaysSoAndDropsIt() {
        Scene cell = sceneWith("Cell", 0);
        sceneWith("Other", 0);
        vm.refresh();
        vm.selectedProperty().set(row("Cell"));
        http.delete("/v1/scenes/" + cell.id());

        vm.rename("My cell");

        assertThat(vm.messageProperty().get()).contains("“Cell” no longer exists on the server");
        assertThat(vm.rows()).extracting(SceneRow::name).containsExactly("Other");
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(deleted).as("not deleted here: an open copy stays for the user to save or drop").isEmpty();
    }

    @Test
    void duplicateMakesACopyWithTheSamePlacementsAsNewOnes() {
        Scene source = sceneWith("Work cell", 2);
        vm.refresh();
        vm.selectedProperty().set(row("Work cell"));

        vm.duplicateCommand().execute();

        SceneRow copyRow = vm.selectedProperty().get();
        assertThat(copyRow.name()).isEqualTo("Work cell copy");
        assertThat(copyRow.placementCount()).isEqualTo(2);
        Scene copy = scenes.get(copyRow.id());
        Scene original = scenes.get(source.id());
        assertThat(copy.assets()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Placement a = original.assets().get(i);
            Placement b = copy.assets().get(i);
            assertThat(b.placementId()).isNotEqualTo(a.placementId());
            assertThat(List.of(b.assetId(), b.name(), b.position(), b.rotation(), b.mobility(), b.jointPositions()))
                    .isEqualTo(List.of(a.assetId(), a.name(), a.position(), a.rotation(), a.mobility(), a.jointPositions()));
        }
        assertThat(original.assets()).hasSize(2);
        assertThat(vm.rows()).extracting(SceneRow::name).containsExactly("Work cell copy", "Work cell");
        assertThat(opened).isEmpty();
    }

    @Test
    void deleteAsksNamingTheSceneAndItsPlacementsThenDeletes() throws Exception {
        Scene cell = sceneWith("Work cell", 2);
        recent.opened(cell.id(), "Work cell");
        vm.refresh();
        vm.selectedProperty().set(row("Work cell"));
        dialogs.confirmAnswer = false;

        vm.deleteCommand().execute();

        assertThat(dialogs.confirmations).singleElement().asString().contains("“Work cell”", "2 placements");
        assertThat(scenes.get(cell.id()).name()).isEqualTo("Work cell");
        assertThat(deleted).isEmpty();

        dialogs.confirmAnswer = true;
        vm.deleteCommand().execute();

        assertThat(deleted).containsExactly(cell.id());
        assertThat(scenes.page(null, 0, 10).scenes()).isEmpty();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.recentScenes()).isEmpty();
        assertThat(new RecentScenes(config).list()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Deleted “Work cell”.");
    }

    @Test
    void actionsWaitWhileOneIsInFlight() {
        sceneWith("Cell", 0);
        vm.refresh();
        vm.selectedProperty().set(row("Cell"));
        executor.deferWork();

        vm.openCommand().execute();

        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.deleteCommand().isExecutable()).isFalse();
        assertThat(vm.create("Another")).isFalse();
        executor.runWork();
        assertThat(opened).hasSize(1);
        assertThat(vm.openCommand().isExecutable()).isTrue();
    }

    @Test
    void aStoppedServerIsAMessageNotACrash() {
        TestServer doomed = TestServer.start(data.resolve("doomed"));
        ScenesViewModel offline = browser(sceneService(doomed.server().baseUrl(), doomed.key().secret()));
        doomed.close();

        offline.refresh();
        assertThat(offline.messageProperty().get()).startsWith("Cannot reach the server");
        assertThat(offline.create("Cell")).isTrue();
        assertThat(offline.messageProperty().get()).startsWith("Could not make the scene “Cell”. Cannot reach the server");
        assertThat(offline.busyProperty().get()).isFalse();
    }

    @Test
    void aRejectedKeyIsAMessageNotACrash() {
        ScenesViewModel refused = browser(sceneService(engine.server().baseUrl(), "gzm_k1_wrongwrongwrongwrongwrong00"));

        refused.refresh();

        assertThat(refused.messageProperty().get()).contains("rejected the API key");
        assertThat(refused.rows()).isEmpty();
    }

    @Test
    void aRateLimitedServerSaysWhenToTryAgain() {
        sceneWith("Cell", 0);
        vm.refresh();
        // The real client waits out a 429 and retries; a server that still refuses looks like this to the browser.
        ScenesViewModel limited = browser(new RateLimitedGet(scenes));
        limited.refresh();
        limited.selectedProperty().set(limited.rows().get(0));

        limited.openCommand().execute();

        assertThat(limited.messageProperty().get()).isEqualTo("Could not open “Cell”. The server is busy (rate limit). Try again in 7 s.");
        assertThat(opened).isEmpty();
        assertThat(limited.rows()).hasSize(1);
    }

    private SceneService recordingSearches(SceneService real) {
        return new DelegatingSceneService(real) {
            @Override
            public ScenePage page(String search, int offset, int limit) {
                if (search != null && !search.isEmpty()) {
                    searches.add(search);
                }
                return super.page(search, offset, limit);
            }
        };
    }

    /** The real service, but {@code get} answers as a server past its rate limit does. */
    private static final class RateLimitedGet extends DelegatingSceneService {
        RateLimitedGet(SceneService real) {
            super(real);
        }

        @Override
        public Scene get(String sceneId) {
            throw new ServiceException(FailureKind.RATE_LIMITED, "rate_limited", "Too many requests", Duration.ofSeconds(7), null);
        }
    }
}
