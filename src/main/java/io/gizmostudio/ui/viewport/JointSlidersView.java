package io.gizmostudio.ui.viewport;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A labelled slider per joint, bound to {@link JointSlidersViewModel}; rebuilt when the articulation changes. */
public final class JointSlidersView extends ScrollPane {
    private final GridPane grid = new GridPane();

    public JointSlidersView(JointSlidersViewModel vm) {
        setId("jointSliders");
        grid.setHgap(6);
        grid.setVgap(2);
        setContent(grid);
        setFitToWidth(true);
        vm.sliders().addListener((ListChangeListener<JointSliderViewModel>) c -> rebuild(vm));
        rebuild(vm);
    }

    private void rebuild(JointSlidersViewModel vm) {
        grid.getChildren().clear();
        int row = 0;
        for (JointSliderViewModel s : vm.sliders()) {
            Label name = new Label(s.jointName());
            Slider slider = new Slider(s.min(), s.max(), s.positionProperty().get());
            slider.setId("slider-" + s.jointName());
            slider.valueProperty().bindBidirectional(s.positionProperty());
            slider.setTooltip(new Tooltip(s.type().urdfName() + ", " + s.rangeText()));
            GridPane.setHgrow(slider, Priority.ALWAYS);
            Label value = new Label();
            value.setMinWidth(70);
            value.textProperty().bind(s.valueTextProperty());
            grid.addRow(row++, name, slider, value);
        }
    }
}
