package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.AddPlacementRequest;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.CreateSceneRequest;
import io.gizmostudio.api.PlacementMobility;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.api.Scene;
import io.gizmostudio.client.AwaitListener;
import io.gizmostudio.client.CancellationToken;
import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoClientOptions;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.PlacementIssue;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.server.support.TestServer;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.ServiceException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's ViewModel against the real engine ({@link TestServer}) and real bundles, on a manual executor. */
class SceneExportViewModelTest {
    private static final String URDF_FREE = "URDF: 1 free object welded to the world \u2014 URDF has no free bodies";

    @TempDir
    static Path data;
    private static TestServer engine;
    private static GizmoClient client;
    private static Scene scene;

    @TempDir
    Path dir;
    private ManualUiExecutor executor;
    private SimpleObjectProperty<SceneDocument> document;
    private ObservableMap<String, List<PlacementIssue>> issues;
    private List<String> fixCalls;
    private ExportFolderFile folders;

    @BeforeAll
    static void startEngineWithAWorkCell() {
        engine = TestServer.start(data);
        client = new GizmoClient(GizmoClientOptions.builder().baseUrl(engine.server().baseUrl())
                .apiKey(engine.key().secret()).build());
        Asset arm = client.assets().generate(CreateAssetRequest.of("an arm"), Duration.ofSeconds(30), AwaitListener.NONE,
                new CancellationToken());
        Scene created = client.scenes().create(new CreateSceneRequest("Work cell", null));
        client.scenes().addPlacement(created.id(), new AddPlacementRequest(arm.id(), Position.ORIGIN, Rotation.IDENTITY,
                "welded arm", PlacementMobility.FIXED, Map.of()));
        scene = client.scenes().addPlacement(created.id(), new AddPlacementRequest(arm.id(), new Position(1, 0, 0),
                Rotation.IDENTITY, "loose arm", PlacementMobility.FREE, Map.of("pan", 0.25)));
    }

    @AfterAll
    static void stopEngine() {
        client.close();
        engine.close();
    }

    @BeforeEach
    void openTheDialogOnTheSavedScene() {
        executor = new ManualUiExecutor();
        List<Placement> placements = scene.assets().stream().map(p -> new Placement(p.placementId(), p.assetId(), p.name(),
                Pose.of(p.position().x(), p.position().y(), p.position().z()), p.jointPositions(),
                PlacementMobility.FREE.equals(p.mobility()) ? Mobility.FREE : Mobility.FIXED)).toList();
        document = new SimpleObjectProperty<>(new SceneDocument(scene.name(), placements));
        issues = FXCollections.observableHashMap();
        fixCalls = new ArrayList<>();
        folders = new ExportFolderFile(dir.resolve("config"), null);
    }

    private SceneExportViewModel dialog(String sceneId, SceneExporter exporter) {
        ExportFixes fixes = new ExportFixes() {
            @Override public void select(String placementId) {
                fixCalls.add("select " + placementId);
            }

            @Override public void dropToSurface(String placementId) {
                fixCalls.add("drop " + placementId);
            }

            @Override public void rename(String placementId, String name) {
                fixCalls.add("rename " + placementId + " " + name);
            }
        };
        return new SceneExportViewModel(sceneId, document, issues, exporter, fixes, folders, executor);
    }

    private SceneExportViewModel dialog() {
        return dialog(scene.id(), new ClientSceneExporter(client));
    }

    private static void choose(SceneExportViewModel vm, SceneExportFormat... formats) {
        for (SceneExportFormat f : SceneExportFormat.values()) {
            vm.selectedProperty(f).set(List.of(formats).contains(f));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> zipEntries(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return Collections.list(z.entries()).stream().map(ZipEntry::getName).sorted().toList();
        }
    }

    @Test
    void everyChosenFormatIsSavedAsItsZipWithTheReportOfWhatItKept() throws IOException {
        SceneExportViewModel vm = dialog();
        choose(vm, SceneExportFormat.values());
        Path out = dir.resolve("exports/new folder");
        vm.destinationProperty().set(out.toString());
        assertThat(vm.validationMessageProperty().get()).isEmpty();
        List<String> seenWithResult = new ArrayList<>();
        vm.resultProperty().addListener((obs, old, r) -> seenWithResult.add(vm.writtenFiles().size() + " files, folder "
                + vm.exportedFolder().orElse(null) + ", running " + vm.runningProperty().get()));

        vm.export();

        assertThat(vm.resultProperty().get().succeeded()).isTrue();
        assertThat(vm.writtenFiles()).containsExactly(out.resolve("Work cell_mujoco_mjcf.zip"),
                out.resolve("Work cell_isaac_sim_usd.zip"), out.resolve("Work cell_isaac_sim_urdf.zip"));
        assertThat(names(out)).containsExactly("Work cell_isaac_sim_urdf.zip", "Work cell_isaac_sim_usd.zip",
                "Work cell_mujoco_mjcf.zip"); // and no staging folder left behind
        assertThat(zipEntries(out.resolve("Work cell_isaac_sim_urdf.zip"))).contains("manifest.json", "scene.urdf");
        assertThat(vm.reportLines()).contains(URDF_FREE,
                "MJCF: 1 free object on a free joint, 1 fixed object welded to the world",
                "URDF: initial joint positions of 1 object not kept \u2014 URDF has no initial state");
        assertThat(vm.reportLines()).anyMatch(l -> l.startsWith("USD: 1 free object as floating articulations"));
        assertThat(vm.formatProgress()).extracting(r -> r.stateProperty().get()).containsExactly("Done", "Done", "Done");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).isEqualTo("Exported 3 of 3 formats to " + out + ".");
        assertThat(vm.exportedFolder()).contains(out);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.canExportProperty().get()).isTrue();

        assertThat(seenWithResult).containsExactly("3 files, folder " + out + ", running false");
        assertThat(vm.formatProgress()).as("one read-only view, so View listeners on it are not collected")
                .isSameAs(vm.formatProgress());
        assertThat(vm.problems()).isSameAs(vm.problems());

        SceneExportViewModel reopened = dialog();
        assertThat(reopened.destinationProperty().get()).isEqualTo(out.toString());
    }

    @Test
    void unpackedWritesTheBundleTreeIntoSceneNameFormatAndNeverIntoAnExistingFolder() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("Work cell_isaac_sim_urdf"));
        Files.writeString(out.resolve("Work cell_isaac_sim_urdf/scene.urdf"), "an older export");
        SceneExportViewModel vm = dialog();
        choose(vm, SceneExportFormat.MUJOCO_MJCF, SceneExportFormat.ISAAC_SIM_URDF);
        vm.destinationProperty().set(out.toString());
        vm.unpackedProperty().set(true);

        vm.export();

        assertThat(vm.resultProperty().get().succeeded()).isTrue();
        Path mjcf = out.resolve("Work cell_mujoco_mjcf");
        Path urdf = out.resolve("Work cell_isaac_sim_urdf (2)");
        Path reference = client.scenes().export(scene.id(), "isaac_sim_urdf", dir.resolve("reference.zip"), (a, b) -> { });
        List<Path> urdfFiles = zipEntries(reference).stream().filter(e -> !e.endsWith("/")).map(urdf::resolve).toList();
        assertThat(vm.writtenFiles()).contains(mjcf.resolve("manifest.json"), mjcf.resolve("scene.xml"))
                .containsAll(urdfFiles).hasSize(urdfFiles.size() + zipEntries(client.scenes().export(scene.id(), "mujoco_mjcf",
                        dir.resolve("reference-mjcf.zip"), (a, b) -> { })).size());
        assertThat(urdf.resolve("scene.urdf")).content().contains("<robot");
        assertThat(out.resolve("Work cell_isaac_sim_urdf/scene.urdf")).hasContent("an older export");
        assertThat(names(out)).containsExactly("Work cell_isaac_sim_urdf", "Work cell_isaac_sim_urdf (2)", "Work cell_mujoco_mjcf");
        assertThat(vm.reportLines()).contains(URDF_FREE);
    }

    @Test
    void cancelDuringAFormatRemovesItsPartAndSkipsTheRestKeepingWhatFinished() throws IOException {
        SceneExportViewModel[] vm = new SceneExportViewModel[1];
        ClientSceneExporter real = new ClientSceneExporter(client);
        vm[0] = dialog(scene.id(), (id, format, destination, progress, cancel) ->
                real.export(id, format, destination, (done, total) -> {
                    if (format.equals("isaac_sim_usd")) {
                        vm[0].cancel(); // the user presses Cancel while the USD bundle downloads
                    }
                    progress.update(done, total);
                }, cancel));
        choose(vm[0], SceneExportFormat.values());
        Path out = dir.resolve("out");
        vm[0].destinationProperty().set(out.toString());
        vm[0].unpackedProperty().set(true);

        vm[0].export();

        SceneExportResult result = vm[0].resultProperty().get();
        assertThat(result.cancelled()).isTrue();
        assertThat(result.exported()).extracting(ExportedFormat::format).containsExactly(SceneExportFormat.MUJOCO_MJCF);
        assertThat(names(out)).containsExactly("Work cell_mujoco_mjcf");
        assertThat(vm[0].formatProgress()).extracting(r -> r.stateProperty().get())
                .containsExactly("Done", "Cancelled", "Not exported");
        assertThat(vm[0].statusProperty().get()).isEqualTo("Cancelled: 1 of 3 formats exported, nothing half-written left.");
        assertThat(vm[0].failureProperty().get()).isEmpty();
    }

    @Test
    void aSceneTheServerDoesNotHaveSaysSoAndWritesNothing() throws IOException {
        SceneExportViewModel vm = dialog("scn_00000000000000", new ClientSceneExporter(client));
        choose(vm, SceneExportFormat.values());
        Path out = dir.resolve("out");
        vm.destinationProperty().set(out.toString());

        vm.export();

        assertThat(vm.failureProperty().get()).isEqualTo("MuJoCo (MJCF) was not exported: the server has no such scene "
                + "(deleted elsewhere, or never saved there). Save the scene, then export again.");
        assertThat(vm.writtenFiles()).isEmpty();
        assertThat(vm.exportedFolder()).isEmpty();
        assertThat(names(out)).isEmpty();
        assertThat(vm.formatProgress()).extracting(r -> r.stateProperty().get())
                .containsExactly("Failed", "Not exported", "Not exported");
        assertThat(folders.load()).isEmpty(); // a failed export does not become the remembered folder
    }

    @Test
    void aDownloadThatBreaksOffLeavesNothingOfItsFormat() throws IOException {
        ClientSceneExporter real = new ClientSceneExporter(client);
        SceneExportViewModel vm = dialog(scene.id(), (id, format, destination, progress, cancel) -> {
            if (!format.equals("isaac_sim_usd")) {
                return real.export(id, format, destination, progress, cancel);
            }
            try {
                Files.writeString(destination.resolve("half.zip"), "PK\u0003\u0004 and then the connection dropped");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            throw new ServiceException(FailureKind.SERVER_ERROR, null, "boom");
        });
        choose(vm, SceneExportFormat.values());
        Path out = dir.resolve("out");
        vm.destinationProperty().set(out.toString());

        vm.export();

        assertThat(vm.failureProperty().get()).isEqualTo("Isaac Sim (USD) was not exported: The server had an internal error. "
                + "Try again; if it persists, check the server log.");
        assertThat(names(out)).containsExactly("Work cell_mujoco_mjcf.zip");
        assertThat(vm.writtenFiles()).containsExactly(out.resolve("Work cell_mujoco_mjcf.zip"));
        assertThat(vm.statusProperty().get()).startsWith("Stopped: 1 of 3 formats exported.");
    }

    @Test
    void aBundleWhoseEntryWouldEscapeTheFolderIsRefusedWhole() throws IOException {
        SceneExportViewModel vm = dialog(scene.id(), (id, format, destination, progress, cancel) -> {
            Path zip = destination.resolve("evil.zip");
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
                z.putNextEntry(new ZipEntry("manifest.json"));
                z.write("{\"kind\":\"scene\",\"report\":[]}".getBytes(StandardCharsets.UTF_8));
                z.putNextEntry(new ZipEntry("../../escaped.txt"));
                OutputStream body = z;
                body.write("pwned".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return zip;
        });
        choose(vm, SceneExportFormat.MUJOCO_MJCF);
        Path out = dir.resolve("a/out");
        vm.destinationProperty().set(out.toString());
        vm.unpackedProperty().set(true);

        vm.export();

        assertThat(vm.failureProperty().get()).startsWith("MuJoCo (MJCF) was not exported: The bundle has an entry that "
                + "would be written outside its folder: ../../escaped.txt");
        assertThat(names(out)).isEmpty();
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
        assertThat(dir.resolve("a/escaped.txt")).doesNotExist();
    }

    @Test
    void exportNeedsAFormatAndAFolderThatIsOrCanBeAWritableFolder() throws IOException {
        List<String> calls = new ArrayList<>();
        SceneExportViewModel vm = dialog(scene.id(), (id, format, destination, progress, cancel) -> {
            calls.add(format);
            throw new AssertionError("an invalid form must not export");
        });
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");

        choose(vm);
        vm.destinationProperty().set(dir.toString());
        assertThat(vm.validationMessageProperty().get()).isEqualTo("Choose at least one format.");
        choose(vm, SceneExportFormat.ISAAC_SIM_USD);
        assertThat(vm.validationMessageProperty().get()).isEmpty();

        vm.destinationProperty().set("  ");
        assertThat(vm.validationMessageProperty().get()).isEqualTo("Choose a destination folder.");
        vm.destinationProperty().set("exports");
        assertThat(vm.validationMessageProperty().get()).startsWith("Enter the folder's full path");
        vm.destinationProperty().set(file.toString());
        assertThat(vm.validationMessageProperty().get()).isEqualTo("\u201c" + file + "\u201d is a file, not a folder.");
        vm.destinationProperty().set(file.resolve("sub/dir").toString());
        assertThat(vm.validationMessageProperty().get()).isEqualTo("\u201c" + file.resolve("sub/dir")
                + "\u201d cannot be created: \u201c" + file + "\u201d is a file.");
        assertThat(vm.canExportProperty().get()).isFalse();
        vm.export();
        assertThat(calls).isEmpty();

        vm.destinationProperty().set(dir.resolve("not/yet/there").toString());
        assertThat(vm.validationMessageProperty().get()).isEmpty();
        assertThat(vm.canExportProperty().get()).isTrue();
        assertThat(dir.resolve("not")).doesNotExist(); // checking never creates anything
    }

    @Test
    void aFolderThatTurnsIntoAFileBeforeExportIsCaughtAndShownAsTheFolderProblem() throws IOException {
        SceneExportViewModel vm = dialog();
        Path out = dir.resolve("late");
        vm.destinationProperty().set(out.toString());
        Files.writeString(out, "someone made a file here meanwhile");

        vm.export();

        assertThat(vm.validationMessageProperty().get()).isEqualTo("\u201c" + out + "\u201d is a file, not a folder.");
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void whileTheExportRunsItCannotStartAgainAndShowsEachFormatWaiting() {
        executor.deferWork();
        SceneExportViewModel vm = dialog();
        choose(vm, SceneExportFormat.MUJOCO_MJCF, SceneExportFormat.ISAAC_SIM_URDF);
        vm.destinationProperty().set(dir.resolve("out").toString());
        executor.runWork(); // the folder check

        vm.export();

        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.canExportProperty().get()).isFalse();
        assertThat(vm.formatProgress()).extracting(r -> r.stateProperty().get()).containsExactly("Waiting", "Waiting");
        assertThat(vm.statusProperty().get()).isEqualTo("Exporting MuJoCo (MJCF)\u2026");
        executor.runWork();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.writtenFiles()).hasSize(2);
    }

    @Test
    void theProblemListFollowsTheComposerAndItsFixesGoThroughExportFixes() {
        SceneExportViewModel vm = dialog();
        assertThat(vm.problems()).isEmpty();
        Placement loose = document.get().placements().get(1);

        document.set(document.get().replaced(loose.withName("lose Arm \u00fcber")));
        assertThat(vm.problems()).extracting(ExportProblem::kind).containsExactly(ExportProblem.Kind.NON_ASCII_PLACEMENT_NAME);
        vm.fix(vm.problems().get(0));
        assertThat(fixCalls).containsExactly("rename " + loose.id() + " lose Arm uber");

        issues.put(loose.id(), List.of(new PlacementIssue(loose.id(), PlacementIssue.Kind.FLOATING, null, 0.2, "floats")));
        assertThat(vm.problems()).extracting(ExportProblem::kind)
                .containsExactly(ExportProblem.Kind.FREE_UNSUPPORTED, ExportProblem.Kind.NON_ASCII_PLACEMENT_NAME);
        vm.fix(vm.problems().get(0));
        assertThat(fixCalls).endsWith("drop " + loose.id());

        vm.dispose();
        issues.clear();
        assertThat(vm.problems()).hasSize(2); // a closed dialog no longer listens to the composer
    }
}
