package io.gizmostudio.core.generate;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * How robot families compose: a carrier (mobile base) carries an arm (serial arm, SCARA or gantry) and a
 * sensor head (pan-tilt); an arm carries a tool (gripper). Furniture and appliances stand alone. Also where a
 * part mounts on its host (the arm's {@code flange}, the base's {@code deck}) and the name prefix the part's
 * links and joints get there.
 */
public final class Composition {
    /** The place of a family in a composed asset. */
    public enum Role { CARRIER, ARM, HEAD, TOOL, STANDALONE }

    private Composition() {
    }

    public static Role role(Family f) {
        return switch (f) {
            case MOBILE_BASE -> Role.CARRIER;
            case ROBOT_ARM, SCARA, GANTRY -> Role.ARM;
            case PAN_TILT -> Role.HEAD;
            case PARALLEL_GRIPPER, THREE_FINGER_GRIPPER, SUCTION_GRIPPER -> Role.TOOL;
            default -> Role.STANDALONE;
        };
    }

    /** The link of {@code host} that attachments mount on, if it takes any. */
    public static Optional<String> mountLink(Family host) {
        return switch (role(host)) {
            case CARRIER -> Optional.of("deck");
            case ARM -> Optional.of("flange");
            default -> Optional.empty();
        };
    }

    /** Whether {@code host} can carry {@code part}. */
    public static boolean canCarry(Family host, Family part) {
        Role h = role(host);
        Role p = role(part);
        return (h == Role.CARRIER && (p == Role.ARM || p == Role.HEAD)) || (h == Role.ARM && p == Role.TOOL);
    }

    /** The prefix a part's names get when it is attached: {@code arm_}, {@code gripper_}, {@code pan_tilt_}. */
    public static String prefix(Family part) {
        return switch (role(part)) {
            case ARM -> "arm_";
            case TOOL -> "gripper_";
            case HEAD -> "pan_tilt_";
            default -> part.wireName() + "_";
        };
    }

    /**
     * Where parts sit along a mount link spanning {@code back} to {@code front}: one part at the link's origin; two
     * (an arm and a sensor head on a deck) split along its length, the first toward the back and the second toward
     * the front.
     */
    public static List<Double> mountOffsets(double back, double front, int parts) {
        if (parts <= 1) {
            return List.of(0.0);
        }
        return IntStream.range(0, parts).mapToObj(i -> back + (front - back) * (0.3 + 0.55 * i / (parts - 1.0))).toList();
    }
}
