package io.gizmostudio.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The name of a generated articulation, from its prompt: lower-case words joined by underscores, without
 * articles and linking words, at most {@value #MAX_LENGTH} characters, starting with a letter so that it is a
 * valid identifier in MJCF, URDF and USD alike ("A steel cabinet with 3 drawers" → {@code steel_cabinet_3_drawers},
 * "6-DOF arm" → {@code robot_arm_6_dof_arm}).
 */
final class AssetNames {
    static final int MAX_LENGTH = 48;
    private static final Set<String> SKIP = Set.of("a", "an", "the", "with", "and", "of", "on", "for", "to", "in",
            "that", "which", "is", "its", "it", "please", "make", "me", "generate", "create", "some");

    private AssetNames() {
    }

    /** The name for {@code prompt}; the family's wire name leads when the prompt starts with a digit. */
    static String fromPrompt(String prompt, Family family) {
        List<String> words = new ArrayList<>();
        for (String w : PromptTokenizer.normalise(prompt).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !SKIP.contains(w)) {
                words.add(w);
            }
        }
        StringBuilder name = new StringBuilder();
        if (words.isEmpty() || !Character.isLetter(words.get(0).charAt(0))) {
            name.append(family.wireName());
        }
        for (String w : words) {
            int extra = (name.length() > 0 ? 1 : 0) + w.length();
            if (name.length() + extra > MAX_LENGTH) {
                break;
            }
            if (name.length() > 0) {
                name.append('_');
            }
            name.append(w);
        }
        return name.length() == 0 ? family.wireName() : name.toString();
    }
}
