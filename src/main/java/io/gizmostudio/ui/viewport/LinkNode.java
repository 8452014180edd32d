package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Visual;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Material;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.Shape3D;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Affine;

/**
 * One link in the viewport: a group placed by its forward-kinematics pose holding its visual geometry,
 * its collision geometry, and the overlays (link frame, centre of mass, the axis of the joint that
 * moves it), each switchable on its own.
 */
final class LinkNode {
    private static final PhongMaterial COLLISION = GeometryNodes.material(new Rgba(0.2, 0.8, 0.3, 0.45));
    private final String linkName;
    private final Joint parentJoint;
    private final Affine counterMotion = new Affine();
    private final List<Shape3D> visualShapes = new ArrayList<>();
    private final List<Material> ownMaterials = new ArrayList<>();
    private LinkHighlight highlight = LinkHighlight.NONE;
    private final Group root = new Group();
    private final Affine pose = new Affine();
    private final Group visuals = new Group();
    private final Group collisions = new Group();
    private final Group frame;
    private final Group centreOfMass = new Group();
    private final Group jointAxis = new Group();

    LinkNode(Link link, Joint parentJoint, double overlaySize) {
        this(link, parentJoint, overlaySize, null, true);
    }

    /**
     * {@code shared} (may be null) supplies meshes and materials common to every drawing of the asset; without
     * {@code overlays} only the visual geometry is built (the scene composer draws hundreds of links).
     */
    LinkNode(Link link, Joint parentJoint, double overlaySize, SharedGeometry shared, boolean overlays) {
        this.linkName = link.name();
        this.parentJoint = parentJoint;
        root.setId("link-" + link.name());
        root.setUserData(link.name());
        root.getTransforms().add(pose);
        for (Visual v : link.visuals()) {
            // the composer (shared) batches by colour and shows a texture's average colour
            PhongMaterial own = shared == null ? GeometryNodes.material(v.material(), v.geometry()) : shared.material(v.material().color());
            Node n = GeometryNodes.node(v.geometry(), own, shared);
            n.getTransforms().add(0, GeometryNodes.affine(v.origin()));
            visuals.getChildren().add(n);
        }
        for (Collision c : overlays ? link.collisions() : java.util.List.<Collision>of()) {
            Node n = GeometryNodes.node(c.geometry(), COLLISION, shared);
            n.getTransforms().add(0, GeometryNodes.affine(c.origin()));
            collisions.getChildren().add(n);
        }
        frame = overlays ? GeometryNodes.triad(overlaySize * 0.6) : new Group();
        if (overlays && link.inertial().mass() > 0) {
            Sphere com = new Sphere(overlaySize * 0.06);
            com.setMaterial(new PhongMaterial(Color.GOLD));
            var c = link.inertial().centerOfMass();
            com.getTransforms().add(new javafx.scene.transform.Translate(c.x(), c.y(), c.z()));
            centreOfMass.getChildren().add(com);
        }
        if (overlays && parentJoint != null && parentJoint.type().isMovable()) {
            Color color = parentJoint.type().isRotational() ? Color.ORANGE : Color.MAGENTA;
            double len = overlaySize * 1.2;
            Node forward = GeometryNodes.rod(parentJoint.axis(), len, overlaySize * 0.025, color);
            Node backward = GeometryNodes.rod(parentJoint.axis().negate(), len * 0.4, overlaySize * 0.025, color);
            // the range stays in the joint frame at zero while the child (and the pointer) move
            Group range = JointLimitGlyph.range(parentJoint, overlaySize * 0.9);
            range.setId("range-" + parentJoint.name());
            range.getTransforms().add(counterMotion);
            jointAxis.getChildren().addAll(forward, backward, range, JointLimitGlyph.pointer(parentJoint, overlaySize * 0.9));
        }
        collectShapes(visuals);
        collisions.setVisible(false);
        frame.setVisible(false);
        centreOfMass.setVisible(false);
        jointAxis.setVisible(false);
        root.getChildren().addAll(visuals, collisions, frame, centreOfMass, jointAxis);
    }

    String linkName() {
        return linkName;
    }

    Group root() {
        return root;
    }

    Affine pose() {
        return pose;
    }

    Group visuals() {
        return visuals;
    }

    Group collisions() {
        return collisions;
    }

    Group frame() {
        return frame;
    }

    Group centreOfMass() {
        return centreOfMass;
    }

    Group jointAxis() {
        return jointAxis;
    }

    /** Keeps the limit range still in the joint frame while the child link sits at joint position {@code q}. */
    void setJointPosition(double q) {
        if (parentJoint != null && parentJoint.type().isMovable()) {
            Pose motion = parentJoint.origin().inverse().compose(parentJoint.childPose(q));
            GeometryNodes.setPose(counterMotion, motion.inverse());
        }
    }

    LinkHighlight highlight() {
        return highlight;
    }

    /** Tints the visual geometry for the pointer's hover or the selection; NONE restores the link's own colours. */
    void setHighlight(LinkHighlight h) {
        if (h == highlight) {
            return;
        }
        highlight = h;
        for (int i = 0; i < visualShapes.size(); i++) {
            visualShapes.get(i).setMaterial(h.tint(ownMaterials.get(i)));
        }
    }

    private void collectShapes(Node n) {
        if (n instanceof Shape3D s) {
            visualShapes.add(s);
            ownMaterials.add(s.getMaterial());
        } else if (n instanceof Group g) {
            g.getChildren().forEach(this::collectShapes);
        }
    }

    void setWireframe(boolean on) {
        setDrawMode(visuals, on ? DrawMode.LINE : DrawMode.FILL);
        setDrawMode(collisions, on ? DrawMode.LINE : DrawMode.FILL);
    }

    private static void setDrawMode(Node n, DrawMode mode) {
        if (n instanceof Shape3D s) {
            s.setDrawMode(mode);
        } else if (n instanceof Group g) {
            g.getChildren().forEach(c -> setDrawMode(c, mode));
        }
    }
}
