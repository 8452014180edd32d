package io.gizmostudio.ui.viewport;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/**
 * The ground grid in the model's Z-up frame: lines every {@code cell} metres over a square of {@code extent},
 * every tenth line lighter, and optionally the whole-metre lines labelled along both axes ("1 m", "-2 m") so a
 * layout can be read off the floor. Never picked: the pointer goes through it to the ground.
 */
public final class GroundGrid {
    private static final PhongMaterial MINOR = new PhongMaterial(Color.gray(0.34));
    private static final PhongMaterial MAJOR = new PhongMaterial(Color.gray(0.62));

    private GroundGrid() {
    }

    public static Group build(double extent, double cell, boolean metreLabels) {
        Group grid = new Group();
        grid.setMouseTransparent(true);
        int lines = (int) Math.round(extent / cell);
        double half = extent / 2;
        double width = cell * 0.04;
        // two meshes (minor and major lines) rather than a node per line: a large grid stays a couple of draw calls
        LineMesh minor = new LineMesh();
        LineMesh major = new LineMesh();
        for (int i = 0; i <= lines; i++) {
            double at = -half + i * cell;
            LineMesh m = (i - lines / 2) % 10 == 0 ? major : minor;
            m.strip(-half, at - width / 2, half, at + width / 2);
            m.strip(at - width / 2, -half, at + width / 2, half);
        }
        grid.getChildren().addAll(minor.view(MINOR), major.view(MAJOR));
        if (metreLabels) {
            int metres = (int) Math.floor(half);
            double height = Math.max(0.06, Math.min(0.3, extent / 80));
            // every metre up to 20 m out, then every fifth: a 100 m floor stays readable and cheap to draw
            int every = extent > 40 ? 5 : 1;
            for (int m = -metres; m <= metres; m++) {
                if (m != 0 && m % every == 0) {
                    grid.getChildren().add(label(m + " m", m, -height * 0.4, height));
                    grid.getChildren().add(label(m + " m", height * 0.3, m, height));
                }
            }
        }
        return grid;
    }

    /** Flat rectangles on the floor, seen from both sides. */
    private static final class LineMesh {
        private final javafx.scene.shape.TriangleMesh mesh = new javafx.scene.shape.TriangleMesh();

        LineMesh() {
            mesh.getTexCoords().addAll(0, 0);
        }

        void strip(double x0, double y0, double x1, double y1) {
            int base = mesh.getPoints().size() / 3;
            mesh.getPoints().addAll((float) x0, (float) y0, 0, (float) x1, (float) y0, 0, (float) x1, (float) y1, 0, (float) x0, (float) y1, 0);
            mesh.getFaces().addAll(base, 0, base + 1, 0, base + 2, 0, base, 0, base + 2, 0, base + 3, 0);
        }

        MeshView view(PhongMaterial material) {
            MeshView v = new MeshView(mesh);
            v.setMaterial(material);
            v.setCullFace(CullFace.NONE);
            return v;
        }
    }

    /** Text lying on the floor, reading along +X with its top towards +Y (seen from above, not mirrored). */
    private static Text label(String text, double x, double y, double height) {
        Text t = new Text(text);
        t.setFont(Font.font(20));
        t.setFill(Color.gray(0.78));
        double s = height / 20;
        t.getTransforms().addAll(new javafx.scene.transform.Translate(x, y, 0.002), new Scale(s, -s, s));
        t.setId("gridLabel");
        return t;
    }
}
