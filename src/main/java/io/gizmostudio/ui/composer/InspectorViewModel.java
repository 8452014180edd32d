package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.Rotations;
import io.gizmostudio.ui.common.FieldNumbers;
import io.gizmostudio.ui.viewport.JointSlidersViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;

/**
 * The single selected placement as form fields: name, x/y/z in metres, roll/pitch/yaw in degrees (checked as typed:
 * not a number, NaN, beyond ±10 km), its mobility in simulation and its joint pose (the viewport's sliders). A commit
 * applies every changed field as one undoable edit; fields left as shown keep their exact values.
 */
public final class InspectorViewModel {
    private static final double MAX_DEGREES = 3600;
    private final SceneComposerViewModel composer;
    private final AssetModels models;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty x = new SimpleStringProperty("");
    private final StringProperty y = new SimpleStringProperty("");
    private final StringProperty z = new SimpleStringProperty("");
    private final StringProperty roll = new SimpleStringProperty("");
    private final StringProperty pitch = new SimpleStringProperty("");
    private final StringProperty yaw = new SimpleStringProperty("");
    private final ObjectProperty<Mobility> mobility = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final JointSlidersViewModel joints = new JointSlidersViewModel();
    private Placement shown;
    private Articulation shownModel;
    private final Map<StringProperty, String> shownText = new HashMap<>();
    private boolean refreshing;

    public InspectorViewModel(SceneComposerViewModel composer, AssetModels models) {
        this.composer = composer;
        this.models = models;
        composer.selection().addListener((ListChangeListener<String>) c -> refresh());
        composer.documentProperty().addListener((obs, old, now) -> refresh());
        models.addListener((assetId, a) -> refresh());
        for (StringProperty p : fields()) {
            p.addListener((obs, old, now) -> check());
        }
        name.addListener((obs, old, now) -> check());
        mobility.addListener((obs, old, now) -> {
            if (!refreshing && shown != null && now != null && now != shown.mobility()) {
                composer.setMobility(shown.id(), now);
            }
        });
        refresh();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty xProperty() {
        return x;
    }

    public StringProperty yProperty() {
        return y;
    }

    public StringProperty zProperty() {
        return z;
    }

    public StringProperty rollProperty() {
        return roll;
    }

    public StringProperty pitchProperty() {
        return pitch;
    }

    public StringProperty yawProperty() {
        return yaw;
    }

    public ObjectProperty<Mobility> mobilityProperty() {
        return mobility;
    }

    /** "" while every field is valid, else the first problem ("y: must be within ±10 km."). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public JointSlidersViewModel joints() {
        return joints;
    }

    /** Applies the fields as one edit when they are all valid; with a problem nothing changes and it stays shown. */
    public void commit() {
        if (shown == null || refreshing) {
            return;
        }
        check();
        if (!error.get().isEmpty()) {
            return;
        }
        Vec3 p = shown.pose().position();
        Vec3 position = new Vec3(value(x, p.x()), value(y, p.y()), value(z, p.z()));
        Quat rotation = shown.pose().rotation();
        if (changed(roll) || changed(pitch) || changed(yaw)) {
            Vec3 rpy = Rotations.rpyDegrees(rotation);
            rotation = Rotations.fromRpyDegrees(value(roll, rpy.x()), value(pitch, rpy.y()), value(yaw, rpy.z()));
        }
        String newName = name.get().trim();
        Placement next = shown.withPose(new Pose(position, rotation)).withName(newName);
        if (next.equals(shown)) {
            return;
        }
        boolean renamed = !newName.equals(shown.name());
        boolean moved = !next.pose().equals(shown.pose());
        composer.update(renamed && !moved ? "Rename " + shown.name() + " to " + newName
                : (moved && !renamed ? "Edit pose of " : "Edit ") + shown.name(), next);
    }

    /** Esc in a field: shows the placement's values again. */
    public void revert() {
        Placement p = shown;
        shown = null;
        show(p);
    }

    /** A slider drag or key press ended: the joint pose becomes one edit. */
    public void commitJoints() {
        if (shown == null || refreshing) {
            return;
        }
        Map<String, Double> q = new HashMap<>();
        joints.poseProperty().get().forEach((joint, v) -> {
            if (v != 0) {
                q.put(joint, v);
            }
        });
        if (!q.equals(withoutZeros(shown.jointPositions()))) {
            composer.setJointPositions(shown.id(), q);
        }
    }

    private void refresh() {
        List<String> sel = composer.selection();
        Optional<Placement> p = sel.size() == 1 ? composer.documentProperty().get().find(sel.get(0)) : Optional.empty();
        active.set(p.isPresent());
        show(p.orElse(null));
    }

    private void show(Placement p) {
        if (Objects.equals(p, shown) && (p == null || models.get(p.assetId()).orElse(null) == shownModel)) {
            return;
        }
        refreshing = true;
        try {
            shown = p;
            shownText.clear();
            if (p == null) {
                fields().forEach(f -> f.set(""));
                name.set("");
                mobility.set(null);
                shownModel = null;
                joints.show(null);
                error.set("");
                return;
            }
            Vec3 pos = p.pose().position();
            Vec3 rpy = Rotations.rpyDegrees(p.pose().rotation());
            set(x, pos.x());
            set(y, pos.y());
            set(z, pos.z());
            set(roll, rpy.x());
            set(pitch, rpy.y());
            set(yaw, rpy.z());
            name.set(p.name());
            mobility.set(p.mobility());
            Articulation a = models.get(p.assetId()).orElse(null);
            if (a != shownModel) {
                shownModel = a;
                joints.show(a);
            }
            p.jointPositions().forEach(joints::setPosition);
            joints.sliders().forEach(s -> {
                if (!p.jointPositions().containsKey(s.jointName())) {
                    s.positionProperty().set(0);
                }
            });
            error.set("");
        } finally {
            refreshing = false;
        }
    }

    private void set(StringProperty field, double value) {
        String text = FieldNumbers.format(value);
        field.set(text);
        shownText.put(field, text);
    }

    private boolean changed(StringProperty field) {
        return !Objects.equals(shownText.get(field), field.get());
    }

    /** The field's number, or the exact current value when the field still shows what it was given. */
    private double value(StringProperty field, double current) {
        return changed(field) ? FieldNumbers.parse(field.get()) : current;
    }

    private void check() {
        if (refreshing || shown == null) {
            return;
        }
        String problem = name.get() == null || name.get().isBlank() ? "Name: a placement needs a name."
                : name.get().trim().length() > 200 ? "Name: at most 200 characters." : "";
        String[] labels = {"x", "y", "z", "roll", "pitch", "yaw"};
        List<StringProperty> f = fields();
        for (int i = 0; i < f.size() && problem.isEmpty(); i++) {
            problem = FieldNumbers.problem(labels[i], f.get(i).get(), i < 3 ? FieldNumbers.MAX_METRES : MAX_DEGREES);
        }
        error.set(problem);
    }

    private List<StringProperty> fields() {
        return List.of(x, y, z, roll, pitch, yaw);
    }

    private static Map<String, Double> withoutZeros(Map<String, Double> q) {
        Map<String, Double> out = new HashMap<>();
        q.forEach((k, v) -> {
            if (v != 0) {
                out.put(k, v);
            }
        });
        return out;
    }
}
