package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.scene.PlacementIssue;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.common.Cancellable;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.UiExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The scene export dialog: formats, destination folder (checked as typed, remembered after an export), zip or
 * unpacked folder, the pre-check's problems with their fixes (kept current as the composer's document and issues
 * change), then the export with progress per format and overall, cancel, and the result: every file written and
 * the bundles' report lines. Problems never block the export. Lives on the UI thread; disk and network work goes
 * through the {@link UiExecutor}. Call {@link #dispose()} when the dialog closes.
 */
public final class SceneExportViewModel {
    /** An asset's export has no pre-check, so nothing to fix. */
    private static final ExportFixes NO_FIXES = new ExportFixes() {
        @Override
        public void select(String placementId) {
        }

        @Override
        public void dropToSurface(String placementId) {
        }

        @Override
        public void rename(String placementId, String name) {
        }
    };
    private final ExportSubject subject;
    private final ObservableValue<SceneDocument> document;
    private final ObservableMap<String, List<PlacementIssue>> issues;
    private final ExportFixes fixes;
    private final ExportFolderPreference folders;
    private final UiExecutor executor;
    private final SceneExportRun run;

    private final Map<SceneExportFormat, BooleanProperty> selected = new EnumMap<>(SceneExportFormat.class);
    private final StringProperty destination = new SimpleStringProperty("");
    private final BooleanProperty unpacked = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper folderProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ExportProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<FormatProgress> rows = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SceneExportResult> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> writtenFiles = FXCollections.observableArrayList();
    private final ObservableList<String> reportLines = FXCollections.observableArrayList();
    // Read-only views made once: a wrapper listens to its source weakly, so one made per call can be collected
    // with the listeners the View put on it.
    private final ObservableList<ExportProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<FormatProgress> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Path> writtenFilesView = FXCollections.unmodifiableObservableList(writtenFiles);
    private final ObservableList<String> reportLinesView = FXCollections.unmodifiableObservableList(reportLines);

    private final ChangeListener<SceneDocument> documentListener = (obs, old, now) -> recheck();
    private final MapChangeListener<String, List<PlacementIssue>> issuesListener = change -> recheck();
    private Cancellable folderCheck = Cancellable.NONE;
    private CancellationSignal cancel = new CancellationSignal();
    private Path exportedTo;

    public SceneExportViewModel(String sceneId, ObservableValue<SceneDocument> document,
                                ObservableMap<String, List<PlacementIssue>> issues, SceneExporter exporter,
                                ExportFixes fixes, ExportFolderPreference folders, UiExecutor executor) {
        this(ExportSubject.scene(sceneId), document, issues, exporter, fixes, folders, executor);
    }

    /**
     * The same dialog for one library asset: its formats, named after the asset, no scene pre-check. The exporter
     * has the shape of {@code AssetLibraryService#export}.
     */
    public static SceneExportViewModel forAsset(ExportSubject asset, SceneExporter exporter, ExportFolderPreference folders,
                                                UiExecutor executor) {
        if (asset.kind() != ExportSubject.Kind.ASSET) {
            throw new IllegalArgumentException("not an asset: " + asset);
        }
        return new SceneExportViewModel(asset, null, FXCollections.observableHashMap(), exporter, NO_FIXES, folders, executor);
    }

    private SceneExportViewModel(ExportSubject subject, ObservableValue<SceneDocument> document,
                                 ObservableMap<String, List<PlacementIssue>> issues, SceneExporter exporter,
                                 ExportFixes fixes, ExportFolderPreference folders, UiExecutor executor) {
        this.subject = subject;
        this.document = document;
        this.issues = issues;
        this.fixes = fixes;
        this.folders = folders;
        this.executor = executor;
        this.run = new SceneExportRun(exporter);
        List<Observable> inputs = new ArrayList<>(List.of(destination, folderProblem));
        for (SceneExportFormat f : subject.formats()) {
            BooleanProperty chosen = new SimpleBooleanProperty(f == preselected(subject.formats()));
            selected.put(f, chosen);
            inputs.add(chosen);
        }
        validationMessage.bind(Bindings.createStringBinding(this::firstProblem, inputs.toArray(Observable[]::new)));
        canExport.bind(validationMessage.isEmpty().and(running.not()));
        destination.addListener((obs, old, now) -> checkFolder());
        if (document != null) {
            document.addListener(documentListener);
        }
        issues.addListener(issuesListener);
        recheck();
        executor.submit(folders::load, saved -> {
            if (destination.get().isBlank()) {
                saved.ifPresent(p -> destination.set(p.toString()));
            }
        }, e -> { });
    }

    /** MuJoCo's when offered (what most users export first), else the first offered. */
    private static SceneExportFormat preselected(List<SceneExportFormat> offered) {
        return offered.contains(SceneExportFormat.MUJOCO_MJCF) ? SceneExportFormat.MUJOCO_MJCF : offered.get(0);
    }

    /** The formats in the order the dialog lists them (an asset's: those the server offers for it). */
    public List<SceneExportFormat> formats() {
        return subject.formats();
    }

    /** What is exported: the dialog's title and header say "scene" or the asset's name. */
    public ExportSubject subject() {
        return subject;
    }

    /** The dialog's header: "Export the saved scene for MuJoCo and Isaac Sim", "Export “Cabinet” for …". */
    public String headline() {
        return subject.kind() == ExportSubject.Kind.SCENE ? "Export the saved scene for MuJoCo and Isaac Sim"
                : "Export \u201c" + subject.name() + "\u201d for MuJoCo and Isaac Sim";
    }

    /** Whether {@code format} is to be exported (its check box). */
    public BooleanProperty selectedProperty(SceneExportFormat format) {
        return selected.get(format);
    }

    public StringProperty destinationProperty() {
        return destination;
    }

    /** True: unpack each bundle into {@code <folder>/<scene name>_<format>/}; false: keep the zips. */
    public BooleanProperty unpackedProperty() {
        return unpacked;
    }

    /** Why Export is disabled (no format, no usable folder); empty when it can run. */
    public ReadOnlyStringProperty validationMessageProperty() {
        return validationMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The pre-check of the scene as it is now: warnings and notes, none of them blocks the export. */
    public ObservableList<ExportProblem> problems() {
        return problemsView;
    }

    /** Applies the problem's fix through the composer; the list updates when the composer's checks have run. */
    public void fix(ExportProblem problem) {
        problem.optionalFix().ifPresent(f -> f.apply(fixes));
    }

    /** One line per format of the current (or last) export. */
    public ObservableList<FormatProgress> formatProgress() {
        return rowsView;
    }

    /** The whole export, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Exporting MuJoCo (MJCF)…", "Exported 2 formats to /tmp/out", "Cancelled: …". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last export failed, for the user; empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SceneExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Every file the last export wrote. */
    public ObservableList<Path> writtenFiles() {
        return writtenFilesView;
    }

    /** What each format kept, converted or dropped ("URDF: 3 free objects welded to the world — …"). */
    public ObservableList<String> reportLines() {
        return reportLinesView;
    }

    /** The folder the last export wrote something into, for "Show folder". */
    public Optional<Path> exportedFolder() {
        return Optional.ofNullable(exportedTo);
    }

    public void export() {
        if (!canExport.get()) {
            return;
        }
        List<SceneExportFormat> chosen = formats().stream().filter(f -> selected.get(f).get()).toList();
        Path folder = ExportDestination.parse(destination.get()).folder();
        String name = document != null ? document.getValue().name() : subject.name();
        SceneExportRun.Request request = new SceneExportRun.Request(subject.kind(), subject.id(), name, chosen, folder,
                unpacked.get());
        rows.setAll(chosen.stream().map(FormatProgress::new).toList());
        writtenFiles.clear();
        reportLines.clear();
        failure.set("");
        result.set(null);
        progress.set(0);
        status.set("Exporting " + chosen.get(0).label() + "\u2026");
        running.set(true);
        CancellationSignal signal = new CancellationSignal();
        cancel = signal;
        SceneExportRun.Listener listener = new PostingListener(chosen.size());
        executor.submit(() -> {
            ExportDestination.prepare(folder);
            SceneExportResult r = run.run(request, signal, listener);
            if (!r.exported().isEmpty()) {
                folders.save(folder);
            }
            return r;
        }, r -> finished(r, folder), this::couldNotStart);
    }

    /** Stops a running export; what is half done is removed, formats already finished stay. */
    public void cancel() {
        if (running.get() && !cancel.isCancelled()) {
            status.set("Cancelling\u2026");
            cancel.cancel();
        }
    }

    /** Stops listening to the composer and cancels a running export. */
    public void dispose() {
        if (document != null) {
            document.removeListener(documentListener);
        }
        issues.removeListener(issuesListener);
        folderCheck.cancel();
        cancel();
    }

    private void recheck() {
        if (document != null) {
            problems.setAll(ExportPrecheck.run(document.getValue(), issues));
        }
    }

    private String firstProblem() {
        if (selected.values().stream().noneMatch(BooleanProperty::get)) {
            return "Choose at least one format.";
        }
        String syntax = ExportDestination.parse(destination.get()).problem();
        return syntax != null ? syntax : folderProblem.get();
    }

    private void checkFolder() {
        folderCheck.cancel();
        folderProblem.set("");
        Path folder = ExportDestination.parse(destination.get()).folder();
        if (folder != null) {
            folderCheck = executor.submit(() -> ExportDestination.problem(folder), p -> folderProblem.set(p.orElse("")),
                    e -> folderProblem.set("Cannot look at that folder: " + FailureMessages.describe(e)));
        }
    }

    private void finished(SceneExportResult r, Path folder) {
        r.exported().forEach(x -> {
            writtenFiles.addAll(x.files());
            reportLines.addAll(x.report());
        });
        exportedTo = r.exported().isEmpty() ? null : folder;
        for (int i = r.exported().size(); i < rows.size(); i++) {
            FormatProgress row = rows.get(i);
            boolean failedHere = row.format() == r.failedFormat();
            row.finish(failedHere ? "Failed" : r.cancelled() && i == r.exported().size() ? "Cancelled" : "Not exported", 0);
        }
        String done = r.exported().size() + " of " + rows.size() + (rows.size() == 1 ? " format" : " formats");
        if (r.succeeded()) {
            progress.set(1);
            status.set("Exported " + done + " to " + folder + ".");
        } else if (r.cancelled()) {
            status.set("Cancelled: " + done + " exported, nothing half-written left.");
        } else {
            failure.set(r.failure());
            status.set("Stopped: " + done + " exported. " + r.failure());
        }
        running.set(false);
        result.set(r); // last: whoever listens to the result sees the files, the report and the folder already
    }

    private void couldNotStart(Throwable e) {
        running.set(false);
        rows.forEach(row -> row.finish("Not exported", 0));
        if (e instanceof ExportDestination.DestinationException) {
            folderProblem.set(e.getMessage());
            status.set("");
        } else {
            failure.set("The export could not start: " + FailureMessages.describe(e));
            status.set(failure.get());
        }
    }

    /** Carries the worker's progress to the UI thread. */
    private final class PostingListener implements SceneExportRun.Listener {
        private final int count;

        PostingListener(int count) {
            this.count = count;
        }

        @Override
        public void progress(int index, double fraction) {
            executor.post(() -> {
                rows.get(index).progress(fraction);
                progress.set((index + Math.max(0, fraction)) / count);
                status.set("Exporting " + rows.get(index).format().label() + "\u2026");
            });
        }

        @Override
        public void finished(int index, ExportedFormat exported) {
            executor.post(() -> {
                rows.get(index).finish("Done", 1);
                progress.set((index + 1.0) / count);
            });
        }
    }
}
