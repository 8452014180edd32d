package io.gizmostudio.ui.library;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.common.DialogService;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.common.UiExecutor;
import io.gizmostudio.ui.jobs.JobTracker;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user can do with the selected asset: delete (with confirmation), export, copy its id, generate it again
 * from the same prompt. Each is a {@link Command} shared by the menu, the context menu, the toolbar and shortcuts.
 */
public final class AssetActionsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AssetActionsViewModel.class);

    private final AssetLibraryService assets;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final JobTracker jobs;
    private final AssetLibraryViewModel library;
    private final Consumer<Asset> openExport;
    private final Command delete;
    private final Command export;
    private final Command copyId;
    private final Command regenerate;

    /** {@code openExport} shows the export dialog (formats, folder, zip or unpacked) for a ready asset. */
    public AssetActionsViewModel(AssetLibraryService assets, UiExecutor executor, DialogService dialogs,
                                 JobTracker jobs, AssetLibraryViewModel library, Consumer<Asset> openExport) {
        this.assets = assets;
        this.openExport = openExport;
        this.executor = executor;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.library = library;
        ObjectProperty<Asset> selected = library.selectedProperty();
        BooleanBinding anySelected = selected.isNotNull();
        BooleanBinding readySelected = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().status() == AssetStatus.READY, selected);
        BooleanBinding hasPrompt = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().prompt() != null, selected);
        delete = Command.when(anySelected, () -> current().ifPresent(this::delete));
        export = Command.when(readySelected, () -> current().ifPresent(this::export));
        copyId = Command.when(anySelected, () -> current().ifPresent(a -> dialogs.copyToClipboard(a.id())));
        regenerate = Command.when(hasPrompt, () -> current().ifPresent(this::regenerate));
    }

    public Command deleteCommand() {
        return delete;
    }

    public Command exportCommand() {
        return export;
    }

    public Command copyIdCommand() {
        return copyId;
    }

    public Command regenerateCommand() {
        return regenerate;
    }

    private Optional<Asset> current() {
        return Optional.ofNullable(library.selectedProperty().get());
    }

    private void delete(Asset asset) {
        if (!dialogs.confirm("Delete asset", "Delete “" + asset.name() + "”? This cannot be undone.", "Delete")) {
            return;
        }
        String title = "Cannot delete “" + asset.name() + "”";
        executor.submit(() -> refusalOf(asset.id()), refusal -> {
            if (refusal.isEmpty()) {
                library.removeLocally(asset.id());
            } else {
                dialogs.showError(title, refusal.get());
            }
        }, failure -> {
            LOG.warn("Deleting {} failed: {}", asset.id(), failure.toString());
            dialogs.showError(title, deleteFailureText(failure));
        });
    }

    /** Deletes; when a scene still uses the asset, finds which (still on the worker) and says so. Empty: deleted. */
    private Optional<String> refusalOf(String assetId) {
        try {
            assets.delete(assetId);
            return Optional.empty();
        } catch (ServiceException e) {
            if (!e.hasCode(ErrorCodes.ASSET_IN_USE)) {
                throw e;
            }
            List<String> scenes;
            try {
                scenes = assets.scenesUsing(assetId);
            } catch (ServiceException lookup) {
                LOG.debug("Could not find the scenes using {}: {}", assetId, lookup.toString());
                scenes = List.of();
            }
            return Optional.of(SceneInUseMessage.from(e.getMessage(), scenes));
        }
    }

    static String deleteFailureText(Throwable failure) {
        if (failure instanceof ServiceException se && se.hasCode(ErrorCodes.ASSET_IN_USE)) {
            return SceneInUseMessage.from(se.getMessage());
        }
        return FailureMessages.describe(failure);
    }

    private void export(Asset asset) {
        if (asset.exportFormats().stream().noneMatch(f -> io.gizmostudio.api.ExportFormats.canonical(f).isPresent())) {
            dialogs.showError("Cannot export", "The server offers no export format for this asset yet.");
            return;
        }
        openExport.accept(asset);
    }

    /**
     * The name a regenerated copy gets: "Cabinet (2)", or the next number free in the library, so the two cards
     * say which is which ("Cabinet (2)" regenerated again is "Cabinet (3)", not "Cabinet (2) (2)").
     */
    static String nextFreeName(String name, java.util.Collection<String> taken) {
        java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("^(.*) \\((\\d{1,6})\\)$").matcher(name);
        String stem = numbered.matches() ? numbered.group(1) : name;
        int n = 2;
        while (taken.contains(stem + " (" + n + ")")) {
            n++;
        }
        return stem + " (" + n + ")";
    }

    private void regenerate(Asset asset) {
        // a free-by-default asset that was made welded (params.base = fixed) is regenerated welded too
        boolean welded = asset.params() != null && "fixed".equals(asset.params().get("base"))
                && Mobility.defaultFor(String.valueOf(asset.params().get("family"))) == Mobility.FREE;
        String name = asset.name() == null ? null
                : nextFreeName(asset.name(), library.assets().stream().map(Asset::name).filter(java.util.Objects::nonNull).toList());
        jobs.generate(new CreateAssetRequest(asset.prompt(), name,
                asset.tags().isEmpty() ? null : asset.tags(), null, welded ? Boolean.TRUE : null));
    }
}
