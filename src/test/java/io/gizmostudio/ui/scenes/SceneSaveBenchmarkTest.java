package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.client.AwaitListener;
import io.gizmostudio.client.CancellationToken;
import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoClientOptions;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.server.support.TestServer;
import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.RecordingDialogService;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.composer.AssetModels;
import io.gizmostudio.ui.composer.PlacementClipboard;
import io.gizmostudio.ui.composer.SceneComposerViewModel;
import io.gizmostudio.ui.connection.ActiveConnection;
import io.gizmostudio.ui.connection.BuiltInEngine;
import io.gizmostudio.ui.connection.ClientConnectionService;
import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.ProfileKind;
import io.gizmostudio.ui.preview.ExportBundleCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On request ({@code -Dgizmo.bench.save=true}): how long Save takes for a 200-placement scene on the real engine over
 * HTTP — the first save (200 new placements) and re-saves after moving one placement — through the session, the
 * connection's {@code SceneService} and the draft journal, as the app does it.
 */
class SceneSaveBenchmarkTest {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SceneSaveBenchmarkTest.class);
    @TempDir
    Path dir;

    @BeforeAll
    static void onRequestOnly() {
        Assumptions.assumeTrue(Boolean.getBoolean("gizmo.bench.save"), "set -Dgizmo.bench.save=true to measure");
    }

    @Test
    void saveTwoHundredPlacements() {
        ClientConnectionService connections = new ClientConnectionService(new BuiltInEngine() {
            @Override
            public EngineEndpoint start() {
                throw new UnsupportedOperationException("custom profile only");
            }

            @Override
            public void stop() {
            }
        });
        try (TestServer engine = TestServer.start(dir.resolve("data"));
             ActiveConnection active = new ActiveConnection();
             GizmoClient client = new GizmoClient(GizmoClientOptions.builder().baseUrl(engine.server().baseUrl())
                     .apiKey(engine.key().secret()).build())) {
            active.replace(connections.open(new ConnectionProfile(ProfileKind.CUSTOM, engine.server().baseUrl() + "/v1",
                    engine.key().secret())));
            List<String> assets = new ArrayList<>();
            for (String prompt : List.of("a wooden table", "a small plastic box", "a blue plastic bin", "a six axis robot arm",
                    "a steel cabinet with 2 drawers")) {
                Asset a = client.assets().generate(CreateAssetRequest.of(prompt), Duration.ofSeconds(60), AwaitListener.NONE,
                        new CancellationToken());
                assets.add(a.id());
            }
            ManualUiExecutor ui = new ManualUiExecutor();
            SceneComposerViewModel composer = new SceneComposerViewModel(new AssetModels(new FakeAssetLibrary(), ui,
                    new ExportBundleCache(dir.resolve("cache"))), id -> Optional.empty(), new PlacementClipboard());
            DraftJournal journal = new DraftJournal(DraftJournal.folderIn(dir), Runnable::run, new RecordingJournalListener());
            SceneService scenes = active.scenes();
            SceneSessionViewModel session = new SceneSessionViewModel(composer, scenes, ui, new RecordingDialogService(),
                    new SceneDocumentMapping(id -> Mobility.FIXED), new DraftRecorder(journal, Clock.systemUTC()),
                    () -> SceneDraft.BUILT_IN_ENGINE, new RecentScenes(dir));
            List<Placement> ps = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                ps.add(new Placement("local-" + (i + 1), assets.get(i % assets.size()), "p" + i,
                        new Pose(new Vec3((i % 20) * 2.5, (i / 20) * 2.5, 0), Quat.IDENTITY), Map.of(), Mobility.FIXED));
            }
            composer.replaceDocument("Add 200", new SceneDocument("Bench", ps));
            long t0 = System.nanoTime();
            session.save();
            double first = (System.nanoTime() - t0) / 1e6;
            assertThat(session.dirtyProperty().get()).isFalse();
            double[] again = new double[15];
            for (int r = 0; r < again.length; r++) {
                String id = composer.documentProperty().get().placements().get(r).id();
                composer.nudge(0, 0, 0);
                composer.setPose(id, new Pose(new Vec3(r, -3, 0), Quat.IDENTITY));
                long t = System.nanoTime();
                session.save();
                again[r] = (System.nanoTime() - t) / 1e6;
                assertThat(session.dirtyProperty().get()).isFalse();
            }
            Arrays.sort(again);
            LOG.info("scene save, 200 placements on the real engine over HTTP: first save (create + 200 new) {} ms; re-save after a move"
                            + " median {} ms (min {}, max {}, n={})", String.format(Locale.ROOT, "%.1f", first),
                    String.format(Locale.ROOT, "%.1f", again[again.length / 2]), String.format(Locale.ROOT, "%.1f", again[0]),
                    String.format(Locale.ROOT, "%.1f", again[again.length - 1]), again.length);
            assertThat(scenes.get(session.openSceneProperty().get().sceneId()).assets()).hasSize(200);
        }
    }
}
