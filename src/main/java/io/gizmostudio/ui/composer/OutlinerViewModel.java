package io.gizmostudio.ui.composer;

import io.gizmostudio.api.Asset;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.PlacementIssue;
import io.gizmostudio.core.scene.SceneDocument;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;

/** The outliner's rows in document order, kept in step with the document, the live checks and the asset names. */
public final class OutlinerViewModel {
    private final SceneComposerViewModel composer;
    private final Function<String, Optional<Asset>> assets;
    private final ObservableList<OutlinerRow> rows = FXCollections.observableArrayList();

    public OutlinerViewModel(SceneComposerViewModel composer, Function<String, Optional<Asset>> assetLookup) {
        this.composer = composer;
        this.assets = assetLookup;
        composer.documentProperty().addListener((obs, old, now) -> rebuild());
        composer.issues().addListener((MapChangeListener<String, List<PlacementIssue>>) c -> rebuild());
        rebuild();
    }

    public ObservableList<OutlinerRow> rows() {
        return rows;
    }

    private void rebuild() {
        SceneDocument doc = composer.documentProperty().get();
        List<OutlinerRow> next = doc.placements().stream().map(p -> new OutlinerRow(p.id(), p.name(),
                assets.apply(p.assetId()).map(Asset::name).orElse(p.assetId()), warnings(doc, p))).toList();
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }

    private String warnings(SceneDocument doc, Placement p) {
        List<PlacementIssue> list = composer.issues().getOrDefault(p.id(), List.of());
        return list.stream().map(i -> i.kind() == PlacementIssue.Kind.OVERLAP && i.otherPlacementId() != null
                ? "overlaps " + doc.find(i.otherPlacementId()).map(Placement::name).orElse(i.otherPlacementId())
                : i.message()).collect(Collectors.joining("; "));
    }
}
