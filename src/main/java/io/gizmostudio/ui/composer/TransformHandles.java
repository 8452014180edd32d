package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.ui.viewport.GeometryNodes;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.fxyz3d.shapes.primitives.TorusMesh;

/**
 * The move and turn handles drawn at the selection: red, green and blue arrows along the scene's X, Y and Z, and
 * a yellow ring about Z. Kept the same size on screen (scaled with the camera distance) and always drawn over the
 * selection's centre; the canvas turns a drag on a part into a translation along its axis or a turn about Z.
 */
final class TransformHandles {
    /** The grabbable parts. */
    enum Part { X, Y, Z, RING }

    private static final String PREFIX = "handle:";
    private final Group root = new Group();
    private final Translate at = new Translate();
    private final Scale scale = new Scale(1, 1, 1);

    TransformHandles() {
        root.setId("transformHandles");
        root.getTransforms().addAll(at, scale);
        root.getChildren().addAll(arrow(Part.X, Vec3.UNIT_X, Color.rgb(230, 60, 60)),
                arrow(Part.Y, Vec3.UNIT_Y, Color.rgb(80, 200, 80)),
                arrow(Part.Z, Vec3.UNIT_Z, Color.rgb(70, 130, 255)), ring());
        root.setVisible(false);
    }

    Group root() {
        return root;
    }

    /** Shows the handles centred on {@code centre} (scene frame), {@code size} metres long. */
    void showAt(Vec3 centre, double size) {
        at.setX(centre.x());
        at.setY(centre.y());
        at.setZ(centre.z());
        scale.setX(size);
        scale.setY(size);
        scale.setZ(size);
        root.setVisible(true);
    }

    void hide() {
        root.setVisible(false);
    }

    boolean isShowing() {
        return root.isVisible();
    }

    /** The node of one part, for tests that grab it. */
    Node part(Part p) {
        return root.lookup("#handle-" + p.name());
    }

    static Optional<Part> partOf(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n.getUserData() instanceof String s && s.startsWith(PREFIX)) {
                return Optional.of(Part.valueOf(s.substring(PREFIX.length())));
            }
        }
        return Optional.empty();
    }

    private static Node arrow(Part part, Vec3 axis, Color colour) {
        Node shaft = GeometryNodes.rod(axis, 0.8, 0.02, colour);
        MeshView tip = new MeshView(cone(0.07, 0.22, 24));
        tip.setMaterial(new PhongMaterial(colour));
        tip.setCullFace(javafx.scene.shape.CullFace.NONE);
        // the cone is built along +Z: turn it onto the axis and put it at the end of the shaft
        if (axis.equals(Vec3.UNIT_X)) {
            tip.getTransforms().addAll(new Translate(0.8, 0, 0), new javafx.scene.transform.Rotate(90, javafx.scene.transform.Rotate.Y_AXIS));
        } else if (axis.equals(Vec3.UNIT_Y)) {
            tip.getTransforms().addAll(new Translate(0, 0.8, 0), new javafx.scene.transform.Rotate(-90, javafx.scene.transform.Rotate.X_AXIS));
        } else {
            tip.getTransforms().add(new Translate(0, 0, 0.8));
        }
        Group g = new Group(shaft, tip);
        g.setId("handle-" + part.name());
        g.setUserData(PREFIX + part.name());
        return g;
    }

    private static Node ring() {
        TorusMesh torus = new TorusMesh(64, 10, 0.62, 0.018);
        torus.setMaterial(new PhongMaterial(Color.rgb(255, 200, 40)));
        Group g = new Group(torus);
        g.setId("handle-" + Part.RING.name());
        g.setUserData(PREFIX + Part.RING.name());
        return g;
    }

    /** A cone with its base on z = 0 and its apex at z = height. */
    static TriangleMesh cone(double radius, double height, int sides) {
        TriangleMesh m = new TriangleMesh();
        m.getTexCoords().addAll(0, 0);
        m.getPoints().addAll(0, 0, (float) height, 0, 0, 0);
        for (int i = 0; i < sides; i++) {
            double a = 2 * Math.PI * i / sides;
            m.getPoints().addAll((float) (radius * Math.cos(a)), (float) (radius * Math.sin(a)), 0);
        }
        for (int i = 0; i < sides; i++) {
            int p = 2 + i;
            int q = 2 + (i + 1) % sides;
            m.getFaces().addAll(0, 0, p, 0, q, 0);   // side, outwards
            m.getFaces().addAll(1, 0, q, 0, p, 0);   // base, downwards
        }
        return m;
    }
}
