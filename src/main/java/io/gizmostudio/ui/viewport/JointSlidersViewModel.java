package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A slider per independently movable joint of the shown articulation (mimic joints follow their leader
 * and get none), each starting at the articulation's start state, and the resulting pose, which the viewport applies
 * by forward kinematics.
 */
public final class JointSlidersViewModel {
    private final ObservableList<JointSliderViewModel> sliders = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, Double>> pose = new SimpleObjectProperty<>(Map.of());
    private final ReadOnlyStringWrapper activeJoint = new ReadOnlyStringWrapper();
    private boolean resetting;

    /** Rebuilds the sliders for {@code articulation}; null clears them. */
    public void show(Articulation articulation) {
        activeJoint.set(null);
        sliders.clear();
        if (articulation != null) {
            for (Joint j : articulation.movableJoints()) {
                if (j.mimic() == null) {
                    // the articulation's start state (an MJCF keyframe or qpos0), else zero within the limits
                    JointSliderViewModel s = new JointSliderViewModel(j, articulation.initialPositions().get(j.name()));
                    s.positionProperty().addListener((obs, old, now) -> {
                        if (!resetting) {
                            publish();
                        }
                    });
                    sliders.add(s);
                }
            }
        }
        publish();
    }

    public ObservableList<JointSliderViewModel> sliders() {
        return sliders;
    }

    /** Joint name → position (radians or metres) for every slider. */
    public ReadOnlyObjectProperty<Map<String, Double>> poseProperty() {
        return pose;
    }

    /** The joint whose slider is marked (the one that moves the selected link), or null. */
    public ReadOnlyStringProperty activeJointProperty() {
        return activeJoint.getReadOnlyProperty();
    }

    /** Marks the slider of {@code jointName}; null, or a joint without a slider, marks none. */
    public void setActiveJoint(String jointName) {
        boolean hasSlider = jointName != null && sliders.stream().anyMatch(s -> s.jointName().equals(jointName));
        activeJoint.set(hasSlider ? jointName : null);
    }

    /** Moves one joint, as a slider drag or a script would; unknown names are ignored. */
    public void setPosition(String jointName, double value) {
        for (JointSliderViewModel s : sliders) {
            if (s.jointName().equals(jointName)) {
                s.positionProperty().set(value);
            }
        }
    }

    /** Puts every joint back to its home position, publishing one pose rather than one per joint. */
    public void resetPose() {
        resetting = true;
        try {
            sliders.forEach(JointSliderViewModel::reset);
        } finally {
            resetting = false;
        }
        publish();
    }

    private void publish() {
        Map<String, Double> q = new LinkedHashMap<>();
        for (JointSliderViewModel s : sliders) {
            q.put(s.jointName(), s.positionProperty().get());
        }
        pose.set(Map.copyOf(q));
    }
}
