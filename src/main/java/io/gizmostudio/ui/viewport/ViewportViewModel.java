package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the 3D viewport shows: the articulation, its pose (through the joint sliders), which overlays are
 * on, and the name of the link under the pointer with the joint that moves it.
 */
public final class ViewportViewModel {
    private final ObjectProperty<Articulation> articulation = new SimpleObjectProperty<>();
    private final JointSlidersViewModel joints = new JointSlidersViewModel();
    private final BooleanProperty showVisual = new SimpleBooleanProperty(true);
    private final BooleanProperty showCollision = new SimpleBooleanProperty(false);
    private final BooleanProperty showJointAxes = new SimpleBooleanProperty(false);
    private final BooleanProperty showLinkFrames = new SimpleBooleanProperty(false);
    private final BooleanProperty showCentresOfMass = new SimpleBooleanProperty(false);
    private final BooleanProperty wireframe = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper pickedText = new ReadOnlyStringWrapper("");

    public ViewportViewModel() {
        articulation.addListener((obs, old, now) -> {
            joints.show(now);
            pickedText.set("");
        });
    }

    public ObjectProperty<Articulation> articulationProperty() {
        return articulation;
    }

    public JointSlidersViewModel joints() {
        return joints;
    }

    public BooleanProperty showVisualProperty() {
        return showVisual;
    }

    public BooleanProperty showCollisionProperty() {
        return showCollision;
    }

    public BooleanProperty showJointAxesProperty() {
        return showJointAxes;
    }

    public BooleanProperty showLinkFramesProperty() {
        return showLinkFrames;
    }

    public BooleanProperty showCentresOfMassProperty() {
        return showCentresOfMass;
    }

    public BooleanProperty wireframeProperty() {
        return wireframe;
    }

    /** "link forearm_link — joint elbow_joint (revolute)", or empty when nothing is picked. */
    public ReadOnlyStringProperty pickedTextProperty() {
        return pickedText.getReadOnlyProperty();
    }

    /** Called by the view with the link under the pointer (null for none). */
    public void linkPicked(String linkName) {
        Articulation a = articulation.get();
        if (linkName == null || a == null || a.link(linkName).isEmpty()) {
            pickedText.set("");
            return;
        }
        Optional<Joint> parent = a.parentJoint(linkName);
        pickedText.set(parent.map(j -> "link " + linkName + " — joint " + j.name() + " (" + j.type().urdfName() + ")")
                .orElse("link " + linkName + " (root)"));
    }
}
