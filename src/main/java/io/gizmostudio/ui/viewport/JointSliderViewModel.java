package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One movable joint as a slider: its range comes from the joint's limits (a continuous joint gets a full
 * turn, −π…π), its position is clamped to that range, and its value reads in degrees for rotational
 * joints and millimetres for prismatic ones.
 */
public final class JointSliderViewModel {
    private final Joint joint;
    private final double min;
    private final double max;
    private final double home;
    private final DoubleProperty position = new SimpleDoubleProperty();
    private final StringBinding valueText;

    /** A slider from zero, or the nearest limit when zero lies outside the range. */
    JointSliderViewModel(Joint joint) {
        this(joint, null);
    }

    /**
     * A slider starting at {@code start} (null: zero, or the nearest limit when zero lies outside the range). A start
     * outside the joint's limits (MuJoCo starts an MJCF joint at qpos0 whatever its range) widens the slider to reach it.
     */
    JointSliderViewModel(Joint joint, Double start) {
        this.joint = joint;
        double lo;
        double hi;
        if (joint.type() == JointType.CONTINUOUS || joint.limits() == null) {
            lo = -Math.PI;
            hi = Math.PI;
        } else {
            lo = joint.limits().lower();
            hi = joint.limits().upper();
        }
        home = start == null || !Double.isFinite(start) ? Math.max(lo, Math.min(hi, 0)) : start;
        min = Math.min(lo, home);
        max = Math.max(hi, home);
        position.set(home);
        position.addListener((obs, old, now) -> {
            double clamped = Math.max(min, Math.min(max, now.doubleValue()));
            if (clamped != now.doubleValue()) {
                position.set(clamped);
            }
        });
        valueText = Bindings.createStringBinding(() -> format(position.get()), position);
    }

    private String format(double value) {
        if (joint.type().isRotational()) {
            return String.format(Locale.ROOT, "%.1f°", Math.toDegrees(value));
        }
        return String.format(Locale.ROOT, "%.1f mm", value * 1000);
    }

    public String jointName() {
        return joint.name();
    }

    public JointType type() {
        return joint.type();
    }

    public String childLink() {
        return joint.child();
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The joint position in radians or metres. */
    public DoubleProperty positionProperty() {
        return position;
    }

    /** The position as a user reads it: "42.0°" or "120.0 mm". */
    public StringBinding valueTextProperty() {
        return valueText;
    }

    /** The range as a user reads it, for a tooltip or the details list. */
    public String rangeText() {
        return format(min) + " … " + format(max);
    }

    void reset() {
        position.set(home);
    }
}
