package io.gizmostudio.ui.viewport;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A labelled slider per joint, bound to {@link JointSlidersViewModel}; rebuilt when the articulation changes. The
 * row of the joint that moves the selected link is marked and scrolled into view.
 */
public final class JointSlidersView extends ScrollPane {
    static final String ACTIVE = "active-joint";
    private final GridPane grid = new GridPane();

    public JointSlidersView(JointSlidersViewModel vm) {
        setId("jointSliders");
        grid.setHgap(6);
        grid.setVgap(2);
        setContent(grid);
        setFitToWidth(true);
        vm.sliders().addListener((ListChangeListener<JointSliderViewModel>) c -> rebuild(vm));
        vm.activeJointProperty().addListener((obs, old, now) -> markActive(now));
        rebuild(vm);
    }

    /** Marks the row of {@code jointName} and scrolls it into view. */
    private void markActive(String jointName) {
        Label active = null;
        for (javafx.scene.Node n : grid.getChildren()) {
            if (n instanceof Label l && l.getUserData() instanceof String joint) {
                boolean on = joint.equals(jointName);
                l.getStyleClass().remove(ACTIVE);
                if (on) {
                    l.getStyleClass().add(ACTIVE);
                    active = l;
                }
            }
        }
        if (active != null && grid.getHeight() > getViewportBounds().getHeight()) {
            double y = active.getBoundsInParent().getMinY();
            setVvalue(Math.max(0, Math.min(1, y / (grid.getHeight() - getViewportBounds().getHeight()))));
        }
    }

    private void rebuild(JointSlidersViewModel vm) {
        grid.getChildren().clear();
        int row = 0;
        for (JointSliderViewModel s : vm.sliders()) {
            Label name = new Label(s.jointName());
            name.setId("jointLabel-" + s.jointName());
            name.setUserData(s.jointName());
            if (s.jointName().equals(vm.activeJointProperty().get())) {
                name.getStyleClass().add(ACTIVE);
            }
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
