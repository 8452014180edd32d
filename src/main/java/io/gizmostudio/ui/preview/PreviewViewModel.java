package io.gizmostudio.ui.preview;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.RobotDescriptionReader;
import io.gizmostudio.core.format.FloatingRoot;
import io.gizmostudio.core.format.mjcf.MjcfReader;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.format.xacro.XacroArguments;
import io.gizmostudio.core.format.xacro.XacroExpander;
import io.gizmostudio.ui.common.AssetParams;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.Cancellable;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.common.DialogService;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.UiExecutor;
import io.gizmostudio.ui.viewport.ViewportViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The right-hand preview: follows the library selection (a ready asset's MJCF export is downloaded into the
 * bundle cache, read and shown, all off the UI thread) and opens local URDF/MJCF files. A newer request
 * replaces an older one still loading, so fast scrolling through the library shows the last pick only.
 */
public final class PreviewViewModel {
    /** What the preview area shows. */
    public enum State { EMPTY, LOADING, SHOWING, FAILED }

    private static final Logger LOG = LoggerFactory.getLogger(PreviewViewModel.class);
    /** Prefix of the detail lines that say what the file holds but the view does not show. */
    public static final String NOT_SHOWN = "⚠ ";
    static final String PREVIEW_FORMAT = ExportFormat.MUJOCO_MJCF.wireName();

    private final AssetLibraryService assets;
    private final UiExecutor executor;
    private final ExportBundleCache cache;
    private final Supplier<ReadOptions> readOptions;
    private final ViewportViewModel viewport = new ViewportViewModel();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper shownAssetId = new ReadOnlyStringWrapper();
    private final ParsedModels parsed = new ParsedModels(24);
    private Cancellable pending = Cancellable.NONE;
    private CancellationSignal pendingSignal = new CancellationSignal();
    private String shownKey;
    private Path loadingFile;
    private final ReadOnlyObjectWrapper<ShownFile> shownFile = new ReadOnlyObjectWrapper<>();
    private final XacroOpening xacro = new XacroOpening(this::askXacroArguments, this::openFile, this::notExpanded);

    /** A local robot description on show (not a library asset): the file and what was read from it. */
    public record ShownFile(Path file, RobotDescription description) implements io.gizmostudio.ui.library.FileOnShow {
    }

    public PreviewViewModel(AssetLibraryService assets, UiExecutor executor, ExportBundleCache cache, ObjectProperty<Asset> selection) {
        this(assets, executor, cache, selection, ReadOptions::fromEnvironment);
    }

    /**
     * {@code readOptions} gives the limits and package folders each local file is opened with (asked on the UI thread
     * when the file is opened, so a change of the settings applies to the next open).
     */
    public PreviewViewModel(AssetLibraryService assets, UiExecutor executor, ExportBundleCache cache, ObjectProperty<Asset> selection,
                            Supplier<ReadOptions> readOptions) {
        this.readOptions = readOptions;
        this.assets = assets;
        this.executor = executor;
        this.cache = cache;
        selection.addListener((obs, old, now) -> showAsset(now));
        showAsset(selection.get());
    }

    public ViewportViewModel viewport() {
        return viewport;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The asset's or file's name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why nothing is shown (loading, not ready, the reader's error naming file and line). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The id of the library asset on show (null for none, while loading, and for a local file): what dragging the
        preview into the scene places. */
    /** The local file shown, or null while a library asset (or nothing) is shown. */
    public ReadOnlyObjectProperty<ShownFile> shownFileProperty() {
        return shownFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shownAssetIdProperty() {
        return shownAssetId.getReadOnlyProperty();
    }

    /**
     * What the engine made of the prompt, what the file holds but the view does not show and what the reader
     * accepted leniently or left out (file:line — message), the links shown without a mesh, then links, joints,
     * total mass and size of the shown articulation.
     */
    public ObservableList<String> details() {
        return details;
    }

    /** Shows {@code asset} if it is ready; null or a not-ready asset empties the preview. */
    public void showAsset(Asset asset) {
        if (asset == null) {
            cancelPending();
            shownKey = null;
            clear(State.EMPTY, "", "");
            return;
        }
        String key = "asset:" + asset.id();
        if (key.equals(shownKey) && state.get() != State.FAILED) {
            return; // a status refresh of the asset already shown or loading
        }
        xacro.clear();
        if (asset.status() != AssetStatus.READY) {
            cancelPending();
            shownKey = null;
            clear(State.EMPTY, asset.name(), "The preview appears when the asset is ready.");
            return;
        }
        List<String> understood = AssetParams.detailLines(asset.params());
        Optional<RobotDescription> seen = parsed.get(asset.id());
        if (seen.isPresent()) {
            // shown before: no download, no reading, straight into the view
            cancelPending();
            shownKey = key;
            title.set(asset.name());
            showDescription(asset.id(), understood, seen.get());
            return;
        }
        load(key, asset.id(), asset.name(), understood, () -> {
            Path folder = cache.folder(assets, asset.id(), PREVIEW_FORMAT, pendingSignal);
            // a free-floating asset is shown as the asset, without its free joint's six components
            return viewed(MjcfReader.describe(folder.resolve(ExportFormat.MUJOCO_MJCF.assetEntrypoint())));
        });
    }

    /** File → Open robot description…: asks for a .urdf, .xacro or MJCF .xml file and opens it. */
    public Command openFileCommand(DialogService dialogs) {
        return Command.of(() -> dialogs.chooseOpenFile("Open robot description", "URDF, xacro or MJCF",
                        List.of("*.urdf", "*.xacro", "*.xml")).ifPresent(this::openFile));
    }

    /**
     * Opens a local URDF, xacro or MJCF file (menu, drag and drop, command line). A xacro file that declares
     * arguments is expanded only once the user has set them ({@link XacroOpening#requestProperty()}).
     */
    public void openFile(Path file) {
        if (XacroExpander.isXacro(file)) {
            askXacroArguments(file, Map.of());
        } else {
            openFile(file, Map.of());
        }
    }

    /** Opens a local file, a xacro file expanded with {@code xacroArgs} ({@code name} → value) without asking. */
    public void openFile(Path file, Map<String, String> xacroArgs) {
        loadingFile = file;
        ReadOptions options = readOptions.get();
        load("file:" + file.toAbsolutePath(), null, file.getFileName().toString(), List.of(),
                () -> viewed(RobotDescriptionReader.describe(file, xacroArgs, options)));
        xacro.opened(file, xacroArgs, XacroExpander.isXacro(file));
    }

    /** The arguments dialog to show before a xacro file is expanded, and "Arguments…" to expand it again. */
    public XacroOpening xacro() {
        return xacro;
    }

    private void notExpanded(Path file) {
        String name = file.getFileName().toString();
        clear(State.EMPTY, name, name + " was not expanded: use Arguments… to set its xacro arguments, or open it again.");
    }

    /** Reads which arguments {@code file} declares (off the UI thread), then asks for them or opens it at once. */
    private void askXacroArguments(Path file, Map<String, String> given) {
        String name = file.getFileName().toString();
        cancelPending();
        shownKey = "file:" + file.toAbsolutePath();
        clear(State.LOADING, name, "Reading the arguments of " + name + "…");
        pendingSignal = new CancellationSignal();
        pending = executor.submit(() -> XacroArguments.declaredIn(file), declared -> {
            if (declared.isEmpty()) {
                openFile(file, given);
            } else {
                message.set("Set the xacro arguments of " + name + " to expand it.");
                xacro.ask(file, declared, given);
            }
        }, failure -> failed(name, failure));
    }

    /** {@code understood}: what the engine made of the asset's prompt (shown first), empty for a file. */
    private void load(String key, String assetId, String name, List<String> understood,
                      java.util.concurrent.Callable<RobotDescription> work) {
        cancelPending();
        shownKey = key;
        clear(State.LOADING, name, "Loading " + name + "…");
        pendingSignal = new CancellationSignal();
        pending = executor.submit(work, d -> {
            if (assetId != null) {
                parsed.put(assetId, d);
            }
            showDescription(assetId, understood, d);
        }, failure -> failed(name, failure));
    }

    /** {@code d} as the viewport shows it: a free-floating model without its free joint's six sliders and links. */
    private static RobotDescription viewed(RobotDescription d) {
        List<String> leftOut = new java.util.ArrayList<>();
        Articulation shown = FloatingRoot.forViewing(d.articulation(), leftOut);
        List<String> notes = new java.util.ArrayList<>(d.notes());
        notes.addAll(leftOut);
        return new RobotDescription(shown, notes, d.warnings());
    }

    private void failed(String name, Throwable failure) {
        LOG.warn("Preview of {} failed", name, failure);
        shownAssetId.set(null);
        shownFile.set(null);
        viewport.articulationProperty().set(null);
        details.clear();
        message.set(describe(failure));
        state.set(State.FAILED);
    }

    private void showDescription(String assetId, List<String> understood, RobotDescription d) {
        viewport.articulationProperty().set(d.articulation());
        shownAssetId.set(assetId);
        shownFile.set(assetId == null && loadingFile != null ? new ShownFile(loadingFile, d) : null);
        details.setAll(understood);
        details.addAll(d.notes().stream().map(n -> NOT_SHOWN + n).toList());
        details.addAll(d.warnings().stream().map(w -> NOT_SHOWN + w.text()).toList());
        details.addAll(MissingMeshLines.of(d));
        details.addAll(ArticulationSummary.lines(d.articulation()));
        message.set("");
        state.set(State.SHOWING);
    }

    private static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RobotDescriptionException r) {
                return "Cannot show this robot description: " + r.getMessage();
            }
        }
        return FailureMessages.describe(failure);
    }

    private void cancelPending() {
        pending.cancel();
        pendingSignal.cancel();
        pending = Cancellable.NONE;
    }

    private void clear(State newState, String newTitle, String newMessage) {
        shownAssetId.set(null);
        shownFile.set(null);
        viewport.articulationProperty().set(null);
        details.clear();
        title.set(newTitle);
        message.set(newMessage);
        state.set(newState);
    }
}
