package io.gizmostudio;

import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.scenes.AutosaveSetting;
import io.gizmostudio.ui.scenes.DraftJournal;
import io.gizmostudio.ui.scenes.ExportFolderFile;
import io.gizmostudio.ui.scenes.SceneExportDialog;
import io.gizmostudio.ui.scenes.SceneExportViewModel;
import io.gizmostudio.ui.scenes.ComposerFixes;
import io.gizmostudio.ui.scenes.DraftJournalStatus;
import io.gizmostudio.ui.scenes.DraftRecorder;
import io.gizmostudio.ui.scenes.DraftRestoreView;
import io.gizmostudio.ui.scenes.DraftRestoreViewModel;
import io.gizmostudio.ui.scenes.RecentScenes;
import io.gizmostudio.ui.scenes.SceneDocumentMapping;
import io.gizmostudio.ui.scenes.SceneDraft;
import io.gizmostudio.ui.scenes.SceneFileActions;
import io.gizmostudio.ui.scenes.SceneFileMenu;
import io.gizmostudio.ui.scenes.SceneSessionViewModel;
import io.gizmostudio.ui.scenes.ScenesDialog;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import io.gizmostudio.ui.common.DialogService;
import io.gizmostudio.ui.common.FxDialogService;
import io.gizmostudio.ui.common.FxUiExecutor;
import io.gizmostudio.ui.composer.AssetModels;
import io.gizmostudio.ui.composer.InspectorViewModel;
import io.gizmostudio.ui.composer.KnownAssets;
import io.gizmostudio.ui.composer.OutlinerViewModel;
import io.gizmostudio.ui.composer.PlacementClipboard;
import io.gizmostudio.ui.composer.SceneComposerView;
import io.gizmostudio.ui.composer.SceneComposerViewModel;
import io.gizmostudio.ui.connection.ActiveConnection;
import io.gizmostudio.ui.connection.ConnectionService;
import io.gizmostudio.ui.generate.GenerateDialogViewModel;
import io.gizmostudio.ui.jobs.JobTracker;
import io.gizmostudio.ui.jobs.TaskPanelView;
import io.gizmostudio.ui.library.AssetActionsViewModel;
import io.gizmostudio.ui.library.AssetDetailsView;
import io.gizmostudio.ui.library.AssetDetailsViewModel;
import io.gizmostudio.ui.library.AssetLibraryView;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.ui.shell.AboutInfo;
import io.gizmostudio.ui.viewport.Graphics3D;
import io.gizmostudio.ui.preview.ExportBundleCache;
import io.gizmostudio.ui.preview.LibraryImportViewModel;
import io.gizmostudio.ui.preview.PreviewView;
import io.gizmostudio.ui.preview.PreviewViewModel;
import io.gizmostudio.ui.preview.ThumbnailLoader;
import io.gizmostudio.ui.library.AssetLibraryViewModel;
import io.gizmostudio.ui.settings.ConnectionSettings;
import io.gizmostudio.ui.settings.ConnectionSettingsStore;
import io.gizmostudio.ui.settings.SettingsViewModel;
import io.gizmostudio.ui.shell.ConnectionStatusViewModel;
import io.gizmostudio.ui.shell.MainWindowView;
import io.gizmostudio.ui.shell.MainWindowViewModel;
import io.gizmostudio.ui.shell.WindowLayout;
import io.gizmostudio.ui.shell.WindowLayoutStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's composition: builds the executor, services, ViewModels and Views, shows the main window and
 * connects in the background; on close it saves the window layout and releases everything (the built-in engine
 * included) off the UI thread, then runs {@code afterShutdown} (the launcher exits the toolkit there).
 */
public final class StudioApp {
    private static final Logger LOG = LoggerFactory.getLogger(StudioApp.class);
    static final Duration HEALTH_PERIOD = Duration.ofSeconds(15);
    static final Duration GENERATION_TIMEOUT = Duration.ofMinutes(10);

    private final ConnectionService connections;
    private final ConnectionSettingsStore settingsStore;
    private final WindowLayoutStore layoutStore;
    private final AtomicReference<ConnectionSettings> settings;
    private final WindowLayout layout;
    private final Runnable afterShutdown;
    private final FxUiExecutor executor = new FxUiExecutor();
    private final ActiveConnection active = new ActiveConnection();
    private final AtomicBoolean shutDown = new AtomicBoolean();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private ConnectionStatusViewModel connection;
    private MainWindowView view;
    private Stage stage;
    private PreviewViewModel preview;
    private SceneComposerViewModel composer;
    private AssetLibraryViewModel library;
    private ExportBundleCache previewCache = ExportBundleCache.forCurrentUser();
    private Path openAtStart;
    private Map<String, String> openAtStartArgs = Map.of();
    private Path dataFolder;
    private final Path configDir;
    private SceneSessionViewModel session;
    private SceneFileActions sceneFiles;
    private DraftJournal journal;
    private ExecutorService draftWriter;
    private boolean connectedOnce;
    private DraftRestoreViewModel restore;
    private Runnable firstConnection = () -> { };

    /** Reads the settings files (call it off the UI thread where possible: the launcher does so before the toolkit starts). */
    public StudioApp(Path configDir, Map<String, String> env, ConnectionService connections, Runnable afterShutdown) {
        this.connections = connections;
        this.configDir = configDir;
        this.settingsStore = new ConnectionSettingsStore(configDir, env);
        this.layoutStore = new WindowLayoutStore(configDir);
        this.settings = new AtomicReference<>(settingsStore.load());
        this.layout = layoutStore.load();
        this.afterShutdown = afterShutdown;
    }

    /** The engine's data folder, for Help → About (the launcher knows it). */
    public void dataFolder(Path folder) {
        this.dataFolder = folder;
    }

    private AboutInfo about() {
        String version = StudioApp.class.getPackage().getImplementationVersion();
        return new AboutInfo(version != null ? version : "(development build)", AssetGenerator.GENERATOR_VERSION,
                dataFolder != null ? dataFolder : Path.of("(the engine's default data folder)"), configDir,
                () -> connection.serverProperty().get() + " — " + connection.detailProperty().get(), Graphics3D.available());
    }

    /** Whether the window will connect to the built-in engine (the active profile), so the launcher can start it ahead. */
    public boolean connectsToBuiltInEngine() {
        return !settingsStore.effective(settings.get().activeProfile()).kind().isRemote();
    }

    /** Runs {@code action} on the UI thread once the window has connected for the first time (the launcher times it). */
    public void onFirstConnection(Runnable action) {
        this.firstConnection = Objects.requireNonNull(action);
    }

    /** A robot description file to show in the preview once the window is up ("open with", command line). */
    public void openAtStart(Path file) {
        openAtStart(file, Map.of());
    }

    /** As {@link #openAtStart(Path)}, a xacro file expanded with {@code xacroArgs} rather than asking for them. */
    public void openAtStart(Path file, Map<String, String> xacroArgs) {
        this.openAtStart = file;
        this.openAtStartArgs = Map.copyOf(xacroArgs);
    }

    /** Where downloaded export bundles for the preview are kept (tests point it at a temporary folder). */
    public void usePreviewCache(ExportBundleCache cache) {
        this.previewCache = Objects.requireNonNull(cache);
    }

    /** The preview, for tests and the scene composer. */
    public PreviewViewModel preview() {
        return preview;
    }

    /** As {@link #bringToFront}, from any thread (the instance lock's listener). */
    public void bringToFrontLater(Path file) {
        bringToFrontLater(file, Map.of());
    }

    /** As {@link #bringToFrontLater(Path)}, a xacro file expanded with {@code xacroArgs} (given on that command line). */
    public void bringToFrontLater(Path file, Map<String, String> xacroArgs) {
        executor.post(() -> bringToFront(file, xacroArgs));
    }

    /** A later launch's request (see {@code InstanceLock}): show {@code file} (may be null) and come to the front. */
    public void bringToFront(Path file) {
        bringToFront(file, Map.of());
    }

    /** As {@link #bringToFront(Path)}, a xacro file expanded with {@code xacroArgs} rather than asking for them. */
    public void bringToFront(Path file, Map<String, String> xacroArgs) {
        if (stage == null) {
            return;
        }
        LOG.info("A later launch asked to come to the front{}", file != null ? " showing " + file : "");
        if (file != null && xacroArgs.isEmpty()) {
            openHere(file);
        } else if (file != null) {
            preview.openFile(file, xacroArgs);
        }
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** A file from the command line or the file manager: a scene file opens in the composer, a robot description in the preview. */
    private void openHere(Path file) {
        if (io.gizmostudio.ui.scenes.SceneFile.isSceneFile(file)) {
            sceneFiles.openFile(file);
        } else {
            preview.openFile(file);
        }
    }

    /** Builds the window on {@code stage}, shows it and starts connecting. Call on the UI thread. */
    public void show(Stage stage) {
        this.stage = Objects.requireNonNull(stage);
        DialogService dialogs = new FxDialogService(() -> stage);
        ZoneId zone = ZoneId.systemDefault();
        JobTracker jobs = new JobTracker(active, executor, dialogs, GENERATION_TIMEOUT);
        library = new AssetLibraryViewModel(active, executor);
        jobs.addAssetListener(library);
        AssetActionsViewModel actions = new AssetActionsViewModel(active, executor, dialogs, jobs, library, this::openAssetExport);
        connection = new ConnectionStatusViewModel(active, connections, executor, HEALTH_PERIOD, () -> {
            library.reloadFromScratch();
            connected();
        });
        MainWindowViewModel main = new MainWindowViewModel(library, actions, connection, jobs);
        preview = new PreviewViewModel(active, executor, previewCache, library.selectedProperty(),
                () -> ReadOptions.fromEnvironment().withPackageFolders(settings.get().packageFolders()));
        SceneComposerView composerView = composer(library);
        SceneFileMenu sceneFile = sceneDocuments(dialogs, zone, composerView);

        view = new MainWindowView(stage, main,
                new AssetLibraryView(library, actions, zone,
                        new ThumbnailLoader(active, executor, previewCache, previewCache.thumbnails())),
                new AssetDetailsView(new AssetDetailsViewModel(library.selectedProperty(), preview.shownFileProperty(), zone)),
                new TaskPanelView(jobs),
                new PreviewView(preview, new LibraryImportViewModel(active, executor, preview, imported -> {
                    library.refresh();
                    library.selectedProperty().set(imported);
                })), composerView, preview.openFileCommand(dialogs), sceneFile.items(),
                () -> new GenerateDialogViewModel(jobs),
                () -> new SettingsViewModel(settings.get(), settingsStore, connections, executor, applied -> {
                    settings.set(applied);
                    // the open scene belongs to the server it came from: settle it before switching
                    session.whenSettled("switching the connection", () -> {
                        connection.connect(settingsStore.effective(applied.activeProfile()));
                        session.startNew();
                    });
                }),
                layout, about());
        Scene scene = new Scene(view, layout.width(), layout.height());
        scene.getStylesheets().add(Objects.requireNonNull(StudioApp.class.getResource("ui/studio.css")).toExternalForm());
        stage.setScene(scene);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = StudioApp.class.getResource("ui/icons/gizmo-studio-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
        stage.titleProperty().bind(session.titleProperty());
        placeOnScreen(stage);
        stage.setOnCloseRequest(event -> {
            event.consume();
            session.whenSettled("closing Gizmo Studio", this::close);
        });
        stage.show();
        view.focusLibrary();
        connection.connect(settingsStore.effective(settings.get().activeProfile()));
        if (openAtStart != null && openAtStartArgs.isEmpty()) {
            openHere(openAtStart);
        } else if (openAtStart != null) {
            preview.openFile(openAtStart, openAtStartArgs);
        }
    }

    /** The scene composer: its models come from the preview's bundle cache, and what the preview has read is reused. */
    private SceneComposerView composer(AssetLibraryViewModel library) {
        AssetModels models = new AssetModels(active, executor, previewCache);
        preview.viewport().articulationProperty().addListener((obs, old, shown) -> {
            String assetId = preview.shownAssetIdProperty().get();
            if (shown != null && assetId != null) {
                models.put(assetId, shown);
            }
        });
        KnownAssets known = new KnownAssets(library.assets());
        composer = new SceneComposerViewModel(models, known::find, new PlacementClipboard());
        return new SceneComposerView(composer, models, new OutlinerViewModel(composer, known::find),
                new InspectorViewModel(composer, models), layout.scenePanelDivider(), layout.inspectorDivider());
    }

    /**
     * The scene as a document: the session over the composer, the draft journal (written on its own thread, so an
     * edit never waits for the disk), recent scenes, the Open scene browser and the offer to restore drafts.
     */
    private SceneFileMenu sceneDocuments(DialogService dialogs, ZoneId zone, SceneComposerView composerView) {
        draftWriter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gizmo-drafts");
            t.setDaemon(true);
            return t;
        });
        DraftJournalStatus draftStatus = new DraftJournalStatus(executor);
        journal = new DraftJournal(DraftJournal.folderIn(configDir), draftWriter, draftStatus);
        draftStatus.problemProperty().addListener((obs, was, problem) -> {
            if (problem != null && !problem.isEmpty()) {
                dialogs.notifyError("Drafts", problem);
            }
        });
        RecentScenes recent = new RecentScenes(configDir);
        KnownAssets known = new KnownAssets(library.assets());
        SceneDocumentMapping mapping = new SceneDocumentMapping(assetId -> known.find(assetId)
                .map(a -> Mobility.defaultFor(a.params() == null || a.params().get("family") == null ? null : a.params().get("family").toString()))
                .orElse(Mobility.FIXED));
        session = new SceneSessionViewModel(composer, active.scenes(), executor, dialogs, mapping,
                new DraftRecorder(journal, Clock.systemDefaultZone()), this::draftConnection, recent);
        composerView.showNotes(session.statusProperty());
        AutosaveSetting autosave = new AutosaveSetting(configDir);
        executor.submit(autosave::load, on -> {
            session.autosaveProperty().set(on);
            session.autosaveProperty().addListener((obs, was, now) -> executor.submit(() -> {
                autosave.save(now);
                return now;
            }, saved -> { }, failure -> LOG.warn("Could not save the autosave setting: {}", failure.toString())));
        }, failure -> LOG.warn("Could not read the autosave setting: {}", failure.toString()));
        restore = new DraftRestoreViewModel(journal, executor, dialogs, session::restore, Clock.systemDefaultZone());
        ScenesDialog browser = new ScenesDialog(active.scenes(), recent, executor, zone);
        Command export = Command.when(session.savingProperty().not(), () -> session.saveThen(this::openSceneExport));
        sceneFiles = new SceneFileActions(session, executor, dialogs);
        return new SceneFileMenu(session, sceneFiles, browser, executor, () -> stage, export);
    }

    /** Which server drafts belong to: the active connection, or the one being connected to. */
    private String draftConnection() {
        return active.current().map(c -> SceneDraft.connectionOf(c.kind(), c.baseUrl())).orElseGet(() -> {
            ConnectionProfile p = settingsStore.effective(settings.get().activeProfile());
            return SceneDraft.connectionOf(p.kind(), p.kind().isRemote() ? p.baseUrl() : SceneDraft.BUILT_IN_ENGINE);
        });
    }

    /** The first connection offers the drafts a crash left; later ones (the server back) let a waiting save run. */
    private void connected() {
        if (!connectedOnce) {
            connectedOnce = true;
            firstConnection.run();
            DraftRestoreView.showWhenOffered(restore, stage);
            restore.load(draftConnection());
        } else {
            session.connectionBack();
        }
    }

    /** The export dialog for one library asset: several formats at once, zips or unpacked folders named after it. */
    private void openAssetExport(io.gizmostudio.api.Asset asset) {
        SceneExportViewModel vm = SceneExportViewModel.forAsset(
                io.gizmostudio.ui.scenes.ExportSubject.asset(asset.id(), asset.name(), asset.exportFormats()),
                new io.gizmostudio.ui.scenes.AssetBundleExporter(active),
                new ExportFolderFile(configDir, Path.of(System.getProperty("user.home"))), executor);
        new SceneExportDialog(stage, vm, null).show();
    }

    /** The export dialog for the scene as saved (the menu saves first), its pre-check fixing through the composer. */
    private void openSceneExport() {
        SceneExportViewModel vm = new SceneExportViewModel(session.openSceneProperty().get().sceneId(), composer.documentProperty(),
                composer.issues(), active.scenes()::export, new ComposerFixes(composer),
                new ExportFolderFile(configDir, Path.of(System.getProperty("user.home"))), executor);
        new SceneExportDialog(stage, vm, null).show();
    }

    /** The scene document session, for tests. */
    public SceneSessionViewModel session() {
        return session;
    }

    /** The scene composer's canvas, for tests. */
    public io.gizmostudio.ui.composer.SceneCanvas composerCanvas() {
        return view.composer().canvas();
    }

    /** The library's state, for tests. */
    public AssetLibraryViewModel library() {
        return library;
    }

    /** The scene composer's state, for tests (and the scene documents to come). */
    public SceneComposerViewModel composer() {
        return composer;
    }

    /** Hides the window and shuts down in the background; safe to call more than once. Completes when all is released. */
    public CompletableFuture<Void> close() {
        if (!shutDown.compareAndSet(false, true)) {
            return stopped;
        }
        WindowLayout last = view.currentLayout();
        connection.stop();
        stage.hide();
        Thread shutdown = new Thread(() -> {
            try {
                layoutStore.save(last);
            } catch (IOException e) {
                LOG.warn("Could not save the window layout: {}", e.getMessage());
            }
            if (journal != null && !journal.flush(Duration.ofSeconds(5))) {
                LOG.warn("Some scene drafts may not be on disk yet");
            }
            if (draftWriter != null) {
                draftWriter.shutdown();
            }
            releaseServices();
            stopped.complete(null);
            afterShutdown.run();
        }, "gizmo-shutdown");
        shutdown.start();
        return stopped;
    }

    /** Closes the connection, the built-in engine and the worker pool; blocking. */
    void releaseServices() {
        try {
            active.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the connection failed: {}", e.toString());
        }
        connections.close();
        executor.close();
        LOG.info("Gizmo Studio stopped");
    }

    private void placeOnScreen(Stage stage) {
        if (layout.hasPosition()) {
            // A window saved on a monitor that is gone would open out of reach; keep the saved size only then.
            boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(layout.x(), layout.y(), 100, 60)).isEmpty();
            if (visible) {
                stage.setX(layout.x());
                stage.setY(layout.y());
            }
        }
        stage.setMaximized(layout.maximized());
    }
}
