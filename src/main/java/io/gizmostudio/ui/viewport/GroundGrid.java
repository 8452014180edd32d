package io.gizmostudio.ui.viewport;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/**
 * The ground grid in the model's Z-up frame: lines every {@code cell} metres over a square of {@code extent},
 * every tenth line lighter, and optionally the whole-metre lines labelled along both axes ("1 m", "-2 m") so a
 * layout can be read off the floor. Never picked: the pointer goes through it to the ground.
 */
public final class GroundGrid {
    private static final PhongMaterial MINOR = new PhongMaterial(Color.gray(0.42));
    private static final PhongMaterial MAJOR = new PhongMaterial(Color.gray(0.62));

    private GroundGrid() {
    }

    public static Group build(double extent, double cell, boolean metreLabels) {
        Group grid = new Group();
        grid.setMouseTransparent(true);
        int lines = (int) Math.round(extent / cell);
        double half = extent / 2;
        double thickness = cell * 0.04;
        for (int i = 0; i <= lines; i++) {
            double at = -half + i * cell;
            PhongMaterial material = (i - lines / 2) % 10 == 0 ? MAJOR : MINOR;
            Box alongX = new Box(extent, thickness, thickness * 0.2);
            alongX.setTranslateY(at);
            alongX.setMaterial(material);
            Box alongY = new Box(thickness, extent, thickness * 0.2);
            alongY.setTranslateX(at);
            alongY.setMaterial(material);
            grid.getChildren().addAll(alongX, alongY);
        }
        if (metreLabels) {
            int metres = (int) Math.floor(half);
            double height = Math.max(0.06, Math.min(0.3, extent / 80));
            for (int m = -metres; m <= metres; m++) {
                if (m != 0) {
                    grid.getChildren().add(label(m + " m", m, -height * 0.4, height));
                    grid.getChildren().add(label(m + " m", height * 0.3, m, height));
                }
            }
        }
        return grid;
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
