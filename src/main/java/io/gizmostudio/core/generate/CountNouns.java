package io.gizmostudio.core.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nouns a prompt counts ("three drawers", "a 4-wheeled rover", "6-DOF", "6 degrees of freedom"), each mapped to
 * its {@link AssetSpec} count key. "axis"/"axes" count {@code dof} on an arm and {@code axes} on a gantry: the
 * key is settled once the owner's family is known, see {@link #keyFor}.
 */
final class CountNouns {
    /** A counted noun: its key, how many tokens it spans, and the count a bare plural implies ("with drawers"). */
    record Match(String key, int length, boolean plural, int pluralDefault) {
    }

    /** The generic key of "axis"/"axes", resolved per family. */
    static final String AXIS = "axis";

    private record Noun(String key, boolean plural, int pluralDefault) {
    }

    private static final Map<String, Noun> WORDS = new HashMap<>();

    static {
        noun("dof", "dof", "dofs");
        noun(AXIS, "axis", "axes");
        noun("dof", "joint", "joints");
        noun("drawers", "drawer", "drawers", 3);
        noun("doors", "door", "doors", 2);
        noun("shelves", "shelf", "shelves", 3);
        noun("shelves", "tier", "tiers", 3);
        noun("shelves", "level", "levels", 3);
        noun("racks", "rack", "racks", 2);
        noun("rollers", "roller", "rollers", 0);
        noun("wheels", "wheel", "wheels", 4);
        noun("casters", "caster", "casters", 2);
        noun("casters", "castor", "castors", 2);
        noun("fingers", "finger", "fingers", 0);
        noun("fingers", "jaw", "jaws", 0);
        noun("spokes", "spoke", "spokes", 0);
        noun("legs", "leg", "legs", 4);
        noun("cups", "cup", "cups", 0);
        // adjectival forms only count with a number in front ("4-wheeled", "three-fingered")
        WORDS.put("wheeled", new Noun("wheels", false, 0));
        WORDS.put("fingered", new Noun("fingers", false, 0));
        WORDS.put("legged", new Noun("legs", false, 0));
        WORDS.put("tiered", new Noun("shelves", false, 0));
        WORDS.put("drawered", new Noun("drawers", false, 0));
        WORDS.put("jawed", new Noun("fingers", false, 0));
        WORDS.put("spoked", new Noun("spokes", false, 0));
    }

    private CountNouns() {
    }

    private static void noun(String key, String singular, String plural) {
        noun(key, singular, plural, 0);
    }

    private static void noun(String key, String singular, String plural, int pluralDefault) {
        WORDS.put(singular, new Noun(key, false, 0));
        WORDS.put(plural, new Noun(key, true, pluralDefault));
    }

    /** The counted noun starting at {@code i}, if any ("degrees of freedom" spans three tokens). */
    static Optional<Match> at(List<PromptToken> tokens, int i) {
        PromptToken t = tokens.get(i);
        if (!t.isWord()) {
            return Optional.empty();
        }
        if ((t.is("degrees") || t.is("degree")) && i + 2 < tokens.size() && tokens.get(i + 1).is("of")
                && tokens.get(i + 2).is("freedom")) {
            return Optional.of(new Match("dof", 3, t.is("degrees"), 0));
        }
        if (t.is("freezer") && i + 1 < tokens.size() && (tokens.get(i + 1).is("drawer") || tokens.get(i + 1).is("drawers"))) {
            boolean plural = tokens.get(i + 1).is("drawers");
            return Optional.of(new Match("drawers", 2, plural, plural ? 2 : 0)); // a fridge's drawers are its freezer's
        }
        Noun n = WORDS.get(t.text());
        return n == null ? Optional.empty() : Optional.of(new Match(n.key(), 1, n.plural(), n.pluralDefault()));
    }

    static boolean isCountNoun(PromptToken t) {
        return t.isWord() && WORDS.containsKey(t.text());
    }

    /** The spec key a counted noun fills on {@code family}: axes are DOF on arms and axes on a gantry. */
    static String keyFor(String key, Family family) {
        if (!AXIS.equals(key)) {
            return key;
        }
        return family == Family.GANTRY ? "axes" : "dof";
    }

    /** The family a bare count implies when the prompt names no family ("three drawers", "a pair of doors"). */
    static Optional<Family> impliedFamily(String key) {
        return Optional.ofNullable(switch (key) {
            case "drawers" -> Family.CABINET;
            case "doors" -> Family.DOOR;
            case "shelves" -> Family.SHELVING_RACK;
            case "wheels", "casters" -> Family.MOBILE_BASE;
            case "fingers" -> Family.PARALLEL_GRIPPER;
            case "rollers" -> Family.CONVEYOR;
            case "spokes" -> Family.VALVE_WHEEL;
            case "legs" -> Family.TABLE;
            case "dof", AXIS -> Family.ROBOT_ARM;
            default -> null;
        });
    }
}
