package io.gizmostudio.core.generate;

import java.util.Locale;

/** The kinds of articulated asset the procedural generator can make. */
public enum Family {
    ROBOT_ARM("serial robot arm (3-7 DOF)"),
    SCARA("SCARA robot"),
    PARALLEL_GRIPPER("parallel-jaw gripper"),
    THREE_FINGER_GRIPPER("three-finger gripper"),
    SUCTION_GRIPPER("suction gripper"),
    CABINET("cabinet / drawer unit / wardrobe / nightstand"),
    TABLE("table / workbench / desk"),
    SHELVING_RACK("shelving rack"),
    CONVEYOR("conveyor belt"),
    MOBILE_BASE("mobile base / AGV / rover"),
    PAN_TILT("pan-tilt unit / camera mount"),
    GANTRY("gantry / linear stage / cartesian robot"),
    DOOR("door (hinged or sliding)"),
    BOX("box / bin / crate / toolbox"),
    TURNTABLE("turntable / rotary indexer"),
    LAPTOP("laptop"),
    DESK_LAMP("desk lamp"),
    VALVE_WHEEL("valve wheel"),
    LEVER("lever"),
    MICROWAVE("microwave"),
    OVEN("oven"),
    FRIDGE("fridge"),
    DISHWASHER("dishwasher");

    private final String description;

    Family(String description) {
        this.description = description;
    }

    /** What a user would call it, for messages. */
    public String description() {
        return description;
    }

    /** The name used in {@code params.family} on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
