package io.gizmostudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The drawn toolbar icons: every one draws something inside its 16 × 16 grid, and a button shows it, not a glyph. */
@ExtendWith(ApplicationExtension.class)
class ToolIconFxTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @Test
    void everyIconDrawsInsideItsGrid() throws Exception {
        for (ToolIcon icon : ToolIcon.values()) {
            Bounds b = WaitForAsyncUtils.asyncFx(() -> {
                SVGPath path = (SVGPath) icon.node();
                path.setStrokeWidth(0);
                return path.getLayoutBounds();
            }).get(10, TimeUnit.SECONDS);
            assertThat(b.getWidth()).as(icon + " width").isGreaterThan(6);
            assertThat(b.getHeight()).as(icon + " height").isGreaterThan(6);
            assertThat(b.getMinX()).as(icon + " left").isGreaterThanOrEqualTo(0);
            assertThat(b.getMinY()).as(icon + " top").isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as(icon + " right").isLessThanOrEqualTo(16);
            assertThat(b.getMaxY()).as(icon + " bottom").isLessThanOrEqualTo(16);
        }
    }

    @Test
    void anIconButtonHasNoTextButTheIconTheTipAndTheCommandsState() throws Exception {
        SimpleBooleanProperty can = new SimpleBooleanProperty(false);
        int[] runs = {0};
        Command command = Command.when(can, () -> runs[0]++);
        Button b = WaitForAsyncUtils.asyncFx(() -> {
            Button button = MenuItems.button("undo", ToolIcon.UNDO, "Undo (Ctrl+Z)", command);
            stage.setScene(new Scene(new HBox(button)));
            stage.show();
            return button;
        }).get(10, TimeUnit.SECONDS);

        assertThat(b.getText()).isEmpty();
        assertThat(b.getGraphic()).isInstanceOf(SVGPath.class);
        assertThat(((SVGPath) b.getGraphic()).getContent()).isEqualTo(ToolIcon.UNDO.path());
        assertThat(b.getAccessibleText()).isEqualTo("Undo (Ctrl+Z)");
        assertThat(b.getTooltip().getText()).isEqualTo("Undo (Ctrl+Z)");
        assertThat(b.isDisabled()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> can.set(true)).get(10, TimeUnit.SECONDS);
        assertThat(b.isDisabled()).isFalse();
        WaitForAsyncUtils.asyncFx(b::fire).get(10, TimeUnit.SECONDS);
        assertThat(runs[0]).isEqualTo(1);
    }
}
