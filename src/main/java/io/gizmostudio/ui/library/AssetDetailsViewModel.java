package io.gizmostudio.ui.library;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStats;
import io.gizmostudio.api.BoundingBox;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Vec3;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The side pane for the selected asset: what the prompt was understood as (params), its size (stats) and the
 * formats it can be exported to, as label/value rows. While the preview shows a local file instead, the pane
 * describes that file (its format, folder, size, and what the reader warned about), not the library's selection.
 */
public final class AssetDetailsViewModel {
    private final ZoneId zone;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ObservableList<DetailRow> rows = FXCollections.observableArrayList();

    /** One label/value line of the pane. */
    public record DetailRow(String section, String label, String value) {
    }

    public AssetDetailsViewModel(ReadOnlyObjectProperty<Asset> selected, ZoneId zone) {
        this(selected, new SimpleObjectProperty<>(), zone);
    }

    public AssetDetailsViewModel(ReadOnlyObjectProperty<Asset> selected, ObservableValue<? extends FileOnShow> fileOnShow,
                                 ZoneId zone) {
        this.zone = zone;
        selected.addListener((obs, old, now) -> {
            if (fileOnShow.getValue() == null) {
                show(now);
            }
        });
        fileOnShow.addListener((obs, old, now) -> {
            if (now == null) {
                show(selected.get());
            } else {
                show(now);
            }
        });
        if (fileOnShow.getValue() != null) {
            show(fileOnShow.getValue());
        } else {
            show(selected.get());
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Shown instead of rows when nothing is selected. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ObservableList<DetailRow> rows() {
        return rows;
    }

    private void show(Asset asset) {
        if (asset == null) {
            title.set("");
            placeholder.set("Select an asset to see its parameters, size and export formats.");
            rows.clear();
            return;
        }
        AssetCard card = AssetCard.of(asset, zone);
        title.set(card.name());
        placeholder.set("");
        List<DetailRow> next = new ArrayList<>();
        next.add(new DetailRow("Asset", "Id", asset.id()));
        next.add(new DetailRow("Asset", "Status", card.badge() + (card.failure().isEmpty() ? "" : " — " + card.failure())));
        next.add(new DetailRow("Asset", "Prompt", card.prompt()));
        next.add(new DetailRow("Asset", "Created", card.created()));
        if (!asset.tags().isEmpty()) {
            next.add(new DetailRow("Asset", "Tags", String.join(", ", asset.tags())));
        }
        if (asset.seed() != null) {
            next.add(new DetailRow("Asset", "Seed", Long.toString(asset.seed())));
        }
        if (asset.params() != null) {
            new TreeMap<>(asset.params()).forEach((k, v) -> next.add(new DetailRow("Parameters", label(k), format(v))));
        }
        if (asset.stats() != null) {
            addStats(next, asset.stats());
        }
        next.add(new DetailRow("Export", "Formats",
                asset.exportFormats().isEmpty() ? "none until ready" : String.join(", ", asset.exportFormats())));
        rows.setAll(next);
    }

    private void show(FileOnShow shown) {
        Articulation a = shown.description().articulation();
        Path file = shown.file();
        title.set(file.getFileName().toString());
        placeholder.set("");
        List<DetailRow> next = new ArrayList<>();
        next.add(new DetailRow("File", "Format", formatName(file)));
        next.add(new DetailRow("File", "Folder", file.toAbsolutePath().getParent() == null ? "" : file.toAbsolutePath().getParent().toString()));
        next.add(new DetailRow("File", "Robot", a.name()));
        next.add(new DetailRow("Size", "Links", Integer.toString(a.links().size())));
        next.add(new DetailRow("Size", "Joints", a.joints().size() + " (" + a.degreesOfFreedom() + " DOF)"));
        next.add(new DetailRow("Size", "Mass", String.format(Locale.ROOT, "%.2f kg", a.totalMass())));
        Aabb box = ForwardKinematics.bounds(a);
        if (!box.isEmpty()) {
            Vec3 s = box.size();
            next.add(new DetailRow("Size", "Extent", String.format(Locale.ROOT, "%.2f × %.2f × %.2f m", s.x(), s.y(), s.z())));
        }
        int missing = shown.description().missingMeshes().size();
        int warnings = shown.description().warnings().size();
        next.add(new DetailRow("Reader", "Warnings", warnings == 0 ? "none" : warnings + (missing == 0 ? "" : " (" + missing + " missing meshes)")));
        next.add(new DetailRow("Reader", "Notes", shown.description().notes().isEmpty() ? "none"
                : Integer.toString(shown.description().notes().size())));
        next.add(new DetailRow("Export", "Library", "not in the library: Add to library imports it (then it exports like any asset)"));
        rows.setAll(next);
    }

    private static String formatName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xacro") || name.endsWith(".urdf.xacro")) {
            return "xacro (expanded to URDF)";
        }
        if (name.endsWith(".urdf")) {
            return "URDF";
        }
        if (name.endsWith(".xml") || name.endsWith(".mjcf")) {
            return "MJCF (MuJoCo)";
        }
        return "robot description";
    }

    private static void addStats(List<DetailRow> out, AssetStats stats) {
        out.add(new DetailRow("Size", "Links", Integer.toString(stats.links())));
        out.add(new DetailRow("Size", "Joints", stats.joints() + " (" + stats.dof() + " DOF)"));
        out.add(new DetailRow("Size", "Mass", String.format(Locale.ROOT, "%.2f kg", stats.massKg())));
        BoundingBox box = stats.bbox();
        if (box != null && box.min() != null && box.max() != null) {
            out.add(new DetailRow("Size", "Extent", String.format(Locale.ROOT, "%.2f × %.2f × %.2f m",
                    box.max().x() - box.min().x(), box.max().y() - box.min().y(), box.max().z() - box.min().z())));
        }
    }

    private static String label(String key) {
        // Wire keys carry their unit as a suffix (reach_m, mass_kg): show it as "Reach (m)".
        for (String unit : List.of("m", "kg", "rad", "deg", "s")) {
            if (key.endsWith("_" + unit)) {
                return label(key.substring(0, key.length() - unit.length() - 1)) + " (" + unit + ")";
            }
        }
        String spaced = key.replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return String.format(Locale.ROOT, "%.3f", ((Number) value).doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder();
            new TreeMap<>(map).forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append(' ').append(format(v)));
            return text.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AssetDetailsViewModel::format).reduce((a, b) -> a + ", " + b).orElse("");
        }
        return String.valueOf(value);
    }
}
