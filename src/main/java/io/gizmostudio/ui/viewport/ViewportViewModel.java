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
    private final ReadOnlyStringWrapper hoveredLink = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper selectedLink = new ReadOnlyStringWrapper();

    public ViewportViewModel() {
        articulation.addListener((obs, old, now) -> {
            joints.show(now);
            hoveredLink.set(null);
            selectedLink.set(null);
            describe();
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

    /** "link forearm_link — joint elbow_joint (revolute)" for the hovered link, else the selected one; empty for none. */
    public ReadOnlyStringProperty pickedTextProperty() {
        return pickedText.getReadOnlyProperty();
    }

    /** The link under the pointer, or null. */
    public ReadOnlyStringProperty hoveredLinkProperty() {
        return hoveredLink.getReadOnlyProperty();
    }

    /** The link last clicked, or null; clicking it again or clicking empty space clears it. */
    public ReadOnlyStringProperty selectedLinkProperty() {
        return selectedLink.getReadOnlyProperty();
    }

    /** Called by the view with the link under the pointer (null for none). */
    public void linkHovered(String linkName) {
        hoveredLink.set(known(linkName));
        describe();
    }

    /**
     * Called by the view with the link clicked (null for empty space): selects it, or clears the selection when
     * it was already selected, and points the sliders at the joint that moves it.
     */
    public void linkPicked(String linkName) {
        String link = known(linkName);
        selectedLink.set(link != null && link.equals(selectedLink.get()) ? null : link);
        Articulation a = articulation.get();
        joints.setActiveJoint(selectedLink.get() == null || a == null ? null
                : MovingJoint.of(a, selectedLink.get()).map(Joint::name).orElse(null));
        describe();
    }

    private String known(String linkName) {
        Articulation a = articulation.get();
        return linkName == null || a == null || a.link(linkName).isEmpty() ? null : linkName;
    }

    private void describe() {
        Articulation a = articulation.get();
        String link = hoveredLink.get() != null ? hoveredLink.get() : selectedLink.get();
        if (link == null || a == null) {
            pickedText.set("");
            return;
        }
        Optional<Joint> parent = a.parentJoint(link);
        String text = parent.map(j -> "link " + link + " — joint " + j.name() + " (" + j.type().urdfName() + ")")
                .orElse("link " + link + " (root)");
        Optional<Joint> moving = MovingJoint.of(a, link);
        if (moving.isPresent() && parent.isPresent() && !moving.get().name().equals(parent.get().name())) {
            text += ", moved by " + moving.get().name();
        }
        pickedText.set(text);
    }
}
