package io.gizmostudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A refused prompt's long failure message shows as a toast inside the window, wrapped, not 4,000 px wide. */
@ExtendWith(ApplicationExtension.class)
class NotificationBoundsFxTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 900, 600));
        s.setX(0);
        s.setY(0);
        s.show();
    }

    @Test
    void aLongFailureToastStaysWithinTheWindow() throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        String refused = "The engine could not make an asset from this prompt: "
                + "a robot arm with a conveyor and a fridge and a door and a lamp and a crate ".repeat(8)
                + "— try naming one kind of object (arm, gripper, cabinet, table, conveyor, mobile base, door, box, ...).";
        WaitForAsyncUtils.asyncFx(() -> dialogs.notifyError("Generation failed", refused)).get(10, TimeUnit.SECONDS);

        PopupWindow toast = null;
        for (int i = 0; i < 50 && toast == null; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            List<PopupWindow> shown = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                    .filter(w -> w instanceof PopupWindow && w.isShowing()).map(w -> (PopupWindow) w).toList()).get();
            toast = shown.isEmpty() ? null : shown.get(0);
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        assertThat(toast).as("the toast is shown").isNotNull();
        PopupWindow t = toast;
        double width = WaitForAsyncUtils.asyncFx(t::getWidth).get();
        double x = WaitForAsyncUtils.asyncFx(t::getX).get();
        assertThat(width).as("toast width").isGreaterThan(100).isLessThanOrEqualTo(stage.getWidth());
        assertThat(x).as("toast left edge").isGreaterThanOrEqualTo(stage.getX());
        assertThat(x + width).as("toast right edge").isLessThanOrEqualTo(stage.getX() + stage.getWidth() + 1);
    }
}
