package io.gizmostudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.RecordingDialogService;
import io.gizmostudio.ui.common.TestAssets;
import io.gizmostudio.ui.jobs.JobTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssetActionsViewModelTest {
    private final FakeAssetLibrary server = new FakeAssetLibrary().withReadyAssets(3);
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final JobTracker jobs = new JobTracker(server, executor, dialogs, Duration.ofMinutes(1));
    private final AssetLibraryViewModel library = new AssetLibraryViewModel(server, executor);
    private final java.util.List<Asset> exportDialogs = new java.util.ArrayList<>();
    private final AssetActionsViewModel actions = new AssetActionsViewModel(server, executor, dialogs, jobs, library, exportDialogs::add);

    @BeforeEach
    void load() {
        jobs.addAssetListener(library);
        library.refresh();
    }

    @Test
    void nothingSelectedDisablesEveryAction() {
        assertThat(actions.deleteCommand().isExecutable()).isFalse();
        assertThat(actions.exportCommand().isExecutable()).isFalse();
        assertThat(actions.copyIdCommand().isExecutable()).isFalse();
        assertThat(actions.regenerateCommand().isExecutable()).isFalse();
    }

    @Test
    void exportNeedsAReadyAsset() {
        library.selectedProperty().set(TestAssets.asset("ast_p", "p", AssetStatus.PROCESSING, Instant.now()));
        assertThat(actions.deleteCommand().isExecutable()).isTrue();
        assertThat(actions.exportCommand().isExecutable()).isFalse();
    }

    @Test
    void deleteAsksFirstThenRemovesTheCard() {
        Asset victim = library.assets().get(0);
        library.selectedProperty().set(victim);

        actions.deleteCommand().execute();

        assertThat(dialogs.confirmations).singleElement().asString().contains(victim.name());
        assertThat(library.assets()).doesNotContain(victim);
        assertThat(server.all()).doesNotContain(victim);
        assertThat(library.selectedProperty().get()).isNull();
    }

    @Test
    void aDeclinedConfirmationDeletesNothing() {
        dialogs.confirmAnswer = false;
        library.selectedProperty().set(library.assets().get(0));

        actions.deleteCommand().execute();

        assertThat(server.all()).hasSize(3);
        assertThat(library.assets()).hasSize(3);
    }

    @Test
    void anAssetStillPlacedInASceneIsKeptAndTheSceneIsNamed() {
        Asset placed = library.assets().get(0);
        server.inUse.add(placed.id());
        library.selectedProperty().set(placed);

        actions.deleteCommand().execute();

        assertThat(dialogs.errors).singleElement().asString()
                .endsWith("Still used in scene “Warehouse cell” — remove it from the scene first.");
        assertThat(library.assets()).contains(placed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Asset ast_1 is placed in scene 'Cell A' (scn_01)|Still used in scene “Cell A” — remove it from the scene first.",
            "asset is used by scn_03kz1b5m4q0h9s|Still used in scene scn_03kz1b5m4q0h9s — remove it from the scene first.",
            "asset is in use|Still used in a scene — remove it from the scene first."})
    void inUseMessagesNameTheSceneWhenTheServerDoes(String server, String shown) {
        assertThat(SceneInUseMessage.from(server)).isEqualTo(shown);
    }

    @Test
    void scenesFoundByTheLookupWinOverTheServersWording() {
        assertThat(SceneInUseMessage.from("in use", java.util.List.of("A", "B")))
                .isEqualTo("Still used in scenes “A”, “B” — remove it from those scenes first.");
        assertThat(SceneInUseMessage.from("in use", java.util.List.of("A", "B", "C", "D", "E")))
                .startsWith("Still used in scenes “A”, “B”, “C” and 2 more");
    }

    @Test
    void exportOpensTheExportDialogForTheSelectedReadyAsset() {
        Asset ready = library.assets().get(0);
        library.selectedProperty().set(ready);

        actions.exportCommand().execute();

        assertThat(exportDialogs).containsExactly(ready);
        assertThat(jobs.runningJobs()).isEmpty();
    }

    @Test
    void anAssetWithNoKnownFormatSaysSoInsteadOfOpeningTheDialog() {
        Asset ready = library.assets().get(0);
        library.selectedProperty().set(new Asset(ready.id(), ready.status(), ready.name(), ready.prompt(), ready.createdAt(),
                ready.updatedAt(), java.util.List.of("some_future_format"), ready.tags(), ready.progress(), ready.error(),
                ready.stats(), ready.params(), ready.seed()));

        actions.exportCommand().execute();

        assertThat(exportDialogs).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("no export format");
    }

    @Test
    void aRegeneratedCopyIsNumberedSoTheCardsSayWhichIsWhich() {
        assertThat(AssetActionsViewModel.nextFreeName("Cabinet", java.util.List.of("Cabinet"))).isEqualTo("Cabinet (2)");
        assertThat(AssetActionsViewModel.nextFreeName("Cabinet", java.util.List.of("Cabinet", "Cabinet (2)"))).isEqualTo("Cabinet (3)");
        assertThat(AssetActionsViewModel.nextFreeName("Cabinet (2)", java.util.List.of("Cabinet", "Cabinet (2)"))).isEqualTo("Cabinet (3)");
        assertThat(AssetActionsViewModel.nextFreeName("Arm (v2)", java.util.List.of("Arm (v2)"))).isEqualTo("Arm (v2) (2)");
    }

    @Test
    void copyIdPutsTheIdOnTheClipboard() {
        Asset a = library.assets().get(1);
        library.selectedProperty().set(a);

        actions.copyIdCommand().execute();

        assertThat(dialogs.clipboard).containsExactly(a.id());
    }

    @Test
    void regenerateStartsANewJobWithTheSamePrompt() {
        Asset a = library.assets().get(1);
        library.selectedProperty().set(a);

        actions.regenerateCommand().execute();

        assertThat(server.all()).hasSize(4);
        Asset again = library.assets().get(0);
        assertThat(again.prompt()).isEqualTo(a.prompt());
        assertThat(again.id()).isNotEqualTo(a.id());
        assertThat(again.status()).isEqualTo(AssetStatus.READY);
        assertThat(server.createRequests).last().extracting(r -> r.name()).isEqualTo(a.name() + " (2)");
    }

    @Test
    void regeneratingAWeldedMobileBaseAsksForAWeldedOneAgain() {
        Asset welded = withParams(library.assets().get(1), java.util.Map.of("family", "mobile_base", "base", "fixed"));
        library.selectedProperty().set(welded);
        actions.regenerateCommand().execute();

        Asset free = withParams(library.assets().get(0), java.util.Map.of("family", "mobile_base", "base", "free"));
        library.selectedProperty().set(free);
        actions.regenerateCommand().execute();

        Asset arm = withParams(library.assets().get(0), java.util.Map.of("family", "robot_arm", "base", "fixed"));
        library.selectedProperty().set(arm);
        actions.regenerateCommand().execute();

        assertThat(server.createRequests).extracting(r -> r.fixedBase()).containsExactly(Boolean.TRUE, null, null);
    }

    private static Asset withParams(Asset a, java.util.Map<String, Object> params) {
        return new Asset(a.id(), a.status(), a.name(), a.prompt(), a.createdAt(), a.updatedAt(), a.exportFormats(),
                a.tags(), a.progress(), a.error(), a.stats(), params, a.seed());
    }
}
