package io.gizmostudio.core.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words and phrases that name each {@link Family}, with the variant a phrase implies ("wardrobe" is a
 * cabinet of variant {@code wardrobe}) and counts it implies ("xy table" has 2 axes, "franka" 7 DOF). Matching
 * takes the longest phrase at a position, so "desk lamp" beats "desk", "mobile robot" beats "robot" and
 * "chest of drawers" beats "chest".
 */
final class FamilyVocabulary {

    /** A phrase and what it names. */
    record Entry(List<String> words, Family family, String variant, Map<String, Integer> impliedCounts) {
        /** A bare "robot" names an arm only when nothing says which kind of robot is meant. */
        boolean isWeak() {
            return family == Family.ROBOT_ARM && words.size() == 1 && words.get(0).startsWith("robot");
        }
    }

    /** Kinds of robot this generator cannot make: a prompt naming one fails instead of getting a serial arm. */
    private static final java.util.Set<String> UNSUPPORTED_KINDS = java.util.Set.of("delta", "humanoid",
            "humanoids", "quadruped", "hexapod", "biped", "bipedal", "legged", "dog", "drone", "quadcopter",
            "snake", "exoskeleton", "parallel", "stewart", "hexapods", "underwater", "swimming",
            "flying", "dual");

    private static final Map<String, List<Entry>> BY_FIRST_WORD = new HashMap<>();

    static {
        arm();
        grippers();
        furniture();
        machines();
        appliances();
        for (List<Entry> l : BY_FIRST_WORD.values()) {
            l.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed());
        }
    }

    private FamilyVocabulary() {
    }

    private static void arm() {
        names(Family.ROBOT_ARM, null, "robot arm", "robotic arm", "robot arms", "robotic arms", "arm", "arms",
                "manipulator", "robot manipulator", "manipulator arm", "cobot", "collaborative robot",
                "industrial robot", "industrial arm", "serial robot", "serial arm", "articulated robot",
                "articulated arm", "robot", "robots", "kuka", "fanuc", "abb", "puma", "yaskawa", "motoman");
        implied(Family.ROBOT_ARM, null, Map.of("dof", 6), "ur", "ur style", "ur like", "universal robot",
                "universal robots");
        implied(Family.ROBOT_ARM, null, Map.of("dof", 7), "franka", "panda", "franka panda", "iiwa", "kuka iiwa",
                "redundant arm", "redundant robot", "redundant manipulator");
        names(Family.SCARA, null, "scara", "scara robot", "scara arm");
        names(Family.MOBILE_BASE, "agv", "agv", "agvs", "amr", "amrs", "automated guided vehicle",
                "autonomous mobile robot");
        names(Family.MOBILE_BASE, "rover", "rover", "rovers", "ugv", "mars rover", "wheeled rover", "robot car");
        implied(Family.MOBILE_BASE, "agv", Map.of("wheels", 4), "mecanum base", "mecanum robot", "mecanum", "mecanum wheel base",
                "mecanum platform", "omnidirectional robot", "omnidirectional base", "omni robot", "omni base",
                "omnidirectional platform");
        names(Family.MOBILE_BASE, "base", "mobile base", "mobile robot", "mobile platform", "wheeled robot",
                "wheeled base", "wheeled platform", "robot base", "mobile manipulator base");
        implied(Family.MOBILE_BASE, "base", Map.of("wheels", 2), "differential drive", "differential drive robot",
                "differential drive base", "diff drive", "diff drive robot", "turtlebot");
        implied(Family.MOBILE_BASE, "rover", Map.of("wheels", 4), "skid steer", "skid steer robot");
        names(Family.PAN_TILT, null, "pan tilt", "pan tilt unit", "pan and tilt", "pan tilt head", "ptu",
                "camera mount", "sensor mount", "camera head", "gimbal", "camera gimbal", "camera", "pan tilt camera",
                "lidar mount", "turret");
        names(Family.GANTRY, "gantry", "gantry", "gantry robot", "gantry crane", "portal robot");
        implied(Family.GANTRY, "linear_stage", Map.of("axes", 1), "linear stage", "linear actuator",
                "linear slide", "linear axis", "linear rail", "linear guide", "linear module", "linear unit",
                "single axis stage", "slide table", "ball screw stage");
        implied(Family.GANTRY, "cartesian", Map.of("axes", 2), "xy table", "xy stage", "x y table", "x y stage",
                "xy gantry", "xy plotter", "xy positioner");
        implied(Family.GANTRY, "cartesian", Map.of("axes", 3), "xyz table", "xyz stage", "x y z stage",
                "xyz gantry", "cartesian robot", "cartesian", "xyz positioner");
    }

    private static void grippers() {
        names(Family.PARALLEL_GRIPPER, null, "gripper", "grippers", "parallel gripper", "parallel jaw gripper",
                "parallel jaw", "jaw gripper", "parallel finger gripper", "pinch gripper", "pincer", "pincers",
                "end effector", "robotiq", "grabber");
        names(Family.THREE_FINGER_GRIPPER, null, "robot hand", "robotic hand", "hand", "dexterous hand",
                "claw", "adaptive gripper", "underactuated gripper");
        names(Family.SUCTION_GRIPPER, null, "suction gripper", "suction cup", "suction cups", "vacuum gripper",
                "vacuum cup", "suction", "vacuum end effector", "suction end effector", "vacuum suction gripper",
                "suction tool");
    }

    private static void furniture() {
        names(Family.CABINET, "cabinet", "cabinet", "cabinets", "cupboard", "cupboards", "locker", "sideboard",
                "credenza", "pantry", "pantry cabinet", "larder", "storage cabinet", "kitchen cabinet", "wall cabinet", "tool cabinet", "base cabinet");
        names(Family.CABINET, "drawer_unit", "drawer unit", "drawer cabinet", "chest of drawers", "chest",
                "dresser", "tallboy", "filing cabinet", "file cabinet", "drawer chest", "set of drawers");
        names(Family.CABINET, "wardrobe", "wardrobe", "closet", "armoire", "clothes cabinet");
        names(Family.CABINET, "nightstand", "nightstand", "night stand", "bedside table", "bedside cabinet",
                "bedside", "night table");
        names(Family.TABLE, "table", "table", "tables", "dining table", "coffee table", "side table",
                "kitchen table", "end table", "console table", "bar table");
        names(Family.TABLE, "workbench", "workbench", "work bench", "bench", "work table", "worktable",
                "workshop table");
        names(Family.TABLE, "desk", "desk", "desks", "standing desk", "writing desk", "office desk",
                "computer desk");
        names(Family.SHELVING_RACK, null, "shelving rack", "shelving unit", "shelving", "shelf", "shelves",
                "shelf unit", "bookshelf", "bookshelves", "bookcase", "rack", "racks", "storage rack", "wire rack",
                "pallet rack", "racking", "etagere", "shelf rack");
        names(Family.DOOR, null, "door", "doors", "doorway", "door leaf");
        names(Family.DOOR, "hinged", "hinged door", "swing door", "swinging door", "gate");
        names(Family.DOOR, "sliding", "sliding door", "slide door", "barn door", "pocket door", "sliding gate");
        names(Family.BOX, "box", "box", "boxes", "storage box", "container", "case", "carton", "cardboard box");
        names(Family.BOX, "bin", "bin", "bins", "tote", "totes", "tote bin", "storage bin", "basket", "parts bin");
        names(Family.BOX, "crate", "crate", "crates", "shipping crate");
        names(Family.BOX, "toolbox", "toolbox", "tool box", "toolboxes", "tool chest", "tool case");
        names(Family.BOX, "box", "treasure chest", "toy chest", "storage chest", "trunk");
    }

    private static void machines() {
        names(Family.CONVEYOR, null, "conveyor", "conveyors", "conveyor system", "conveyer", "transfer conveyor");
        names(Family.CONVEYOR, "belt", "conveyor belt", "conveyer belt", "belt conveyor", "conveyor belts");
        names(Family.CONVEYOR, "roller", "roller conveyor", "roller conveyer", "roller table", "gravity conveyor");
        names(Family.TURNTABLE, null, "turntable", "turn table", "rotary table", "rotary indexer", "indexer",
                "indexing table", "index table", "rotary stage", "lazy susan", "rotating platform",
                "rotating table", "rotary platform", "record player");
        names(Family.LAPTOP, null, "laptop", "laptops", "laptop computer", "notebook", "notebook computer",
                "macbook", "chromebook");
        names(Family.DESK_LAMP, null, "desk lamp", "lamp", "lamps", "table lamp", "reading lamp", "task lamp",
                "anglepoise", "architect lamp", "swing arm lamp", "desk light", "luxo");
        names(Family.VALVE_WHEEL, null, "valve wheel", "valve", "valves", "hand wheel", "handwheel",
                "valve handwheel", "gate valve", "wheel valve", "steering wheel", "valve handle");
        names(Family.LEVER, null, "lever", "levers", "lever arm", "lever handle", "throttle lever",
                "switch lever", "lever switch", "hand lever", "control lever");
    }

    private static void appliances() {
        names(Family.MICROWAVE, null, "microwave", "microwave oven", "microwaves");
        names(Family.OVEN, null, "oven", "ovens", "wall oven", "stove", "cooker", "range cooker", "kitchen range");
        names(Family.FRIDGE, null, "fridge", "fridges", "refrigerator", "refrigerators", "freezer",
                "fridge freezer", "icebox");
        names(Family.DISHWASHER, null, "dishwasher", "dish washer", "dishwashers", "dishwashing machine");
    }

    private static void names(Family family, String variant, String... phrases) {
        implied(family, variant, Map.of(), phrases);
    }

    private static void implied(Family family, String variant, Map<String, Integer> counts, String... phrases) {
        for (String p : phrases) {
            List<String> words = List.of(p.split(" "));
            BY_FIRST_WORD.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Entry(words, family, variant, Map.copyOf(counts)));
        }
    }

    /** The longest phrase that starts at {@code start} (its words must all be plain word tokens). */
    static Optional<Entry> longestAt(List<PromptToken> tokens, int start) {
        PromptToken first = tokens.get(start);
        if (!first.isWord()) {
            return Optional.empty();
        }
        for (Entry e : BY_FIRST_WORD.getOrDefault(first.text(), List.of())) {
            if (matches(tokens, start, e.words())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code word} names a kind of robot this generator cannot make ("delta", "humanoid"). */
    static boolean isUnsupportedKind(String word) {
        return UNSUPPORTED_KINDS.contains(word);
    }

    private static boolean matches(List<PromptToken> tokens, int start, List<String> words) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(start + k).is(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
