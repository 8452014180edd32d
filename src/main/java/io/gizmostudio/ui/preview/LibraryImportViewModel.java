package io.gizmostudio.ui.preview;

import io.gizmostudio.api.Asset;
import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.ImportedAsset;
import io.gizmostudio.core.format.bundle.BundleManifest;
import io.gizmostudio.core.format.bundle.BundleWriter;
import io.gizmostudio.core.model.InvalidArticulationException;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.UiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Preview → "Add to library": the local robot description on show becomes a library asset, so it can be placed in
 * scenes and exported like a generated one. The app converts it here (the same repairs as {@code gizmo convert}) into
 * a self-contained MJCF bundle with its meshes, and uploads that to the engine's import endpoint; the description's
 * own folder is never uploaded. On success {@code onImported} gets the ready asset (the library shows and selects it).
 */
public final class LibraryImportViewModel {
    private final AssetLibraryService assets;
    private final UiExecutor executor;
    private final PreviewViewModel preview;
    private final Consumer<Asset> onImported;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canAdd;

    public LibraryImportViewModel(AssetLibraryService assets, UiExecutor executor, PreviewViewModel preview,
                                  Consumer<Asset> onImported) {
        this.assets = assets;
        this.executor = executor;
        this.preview = preview;
        this.onImported = onImported;
        this.canAdd = Bindings.createBooleanBinding(() -> preview.shownFileProperty().get() != null && !busy.get(),
                preview.shownFileProperty(), busy);
        preview.shownFileProperty().addListener((obs, old, now) -> status.set(""));
    }

    /** True while a local file is shown and no import is running. */
    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** What the last import did or why it failed, in the user's terms; empty before the first. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Command addCommand() {
        return Command.when(canAdd, this::add);
    }

    /** Converts and uploads the shown file on a worker; no-op when nothing can be added. */
    public void add() {
        PreviewViewModel.ShownFile shown = preview.shownFileProperty().get();
        if (shown == null || busy.get()) {
            return;
        }
        String fileName = shown.file().getFileName().toString();
        String name = shown.description().articulation().name().isBlank() ? fileName : shown.description().articulation().name();
        busy.set(true);
        status.set("Adding " + name + " to the library…");
        executor.submit(() -> {
            ImportedAsset asset = ImportedAsset.of(shown.description(), name, fileName);
            ExportedModel model = ExportFormat.MUJOCO_MJCF.writer().writeAsset(asset.articulation());
            List<String> report = new ArrayList<>(asset.changes());
            report.addAll(model.report());
            byte[] zip = BundleWriter.toBytes(new BundleManifest(BundleManifest.Kind.ASSET, asset.articulation().name(),
                    ExportFormat.MUJOCO_MJCF, model.entrypoint(), report), model);
            return new Result(assets.importDescription(zip, name), asset.changes().size());
        }, result -> {
            busy.set(false);
            status.set("Added " + result.asset().name() + " to the library" + (result.repairs() == 0 ? "."
                    : " (" + result.repairs() + (result.repairs() == 1 ? " repair" : " repairs") + ", listed in its details)."));
            onImported.accept(result.asset());
        }, failure -> {
            busy.set(false);
            status.set(failure instanceof InvalidArticulationException invalid
                    ? "Cannot add " + name + " to the library: " + String.join("; ", invalid.problems())
                    : "Cannot add " + name + " to the library: " + FailureMessages.describe(failure));
        });
    }

    private record Result(Asset asset, int repairs) {
    }
}
