package io.gizmostudio.core.generate;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prompt → {@link AssetSpec}. Understands counts in digits or words ("three drawers", "6-DOF", "a pair of
 * doors"), lengths with units ("1.2 m reach", "60 cm wide", "a 2 ft deep cabinet", "800mm tall"), materials,
 * colours, size words, hinge side, lids and composition ("a mobile base with a 6-DOF arm and a suction
 * gripper"), with synonyms and plurals for every {@link Family}. Values outside a family's plausible range are
 * clamped and the spec records the clamped value.
 *
 * <p>A prompt that names nothing it knows fails with {@link GenerationException#UNRECOGNIZED_PROMPT} and a
 * message listing what it can make; it never falls back to a default asset. Stateless and thread-safe.
 */
public final class PromptParser {
    /** Longer prompts are refused rather than read: nobody describes one asset in more than this. */
    public static final int MAX_PROMPT_LENGTH = 2000;

    /** Parses {@code prompt}; throws {@link GenerationException} when it is blank, too long or names nothing known. */
    public AssetSpec parse(String prompt) {
        if (prompt == null || prompt.isBlank()) {
            throw new GenerationException(GenerationException.UNRECOGNIZED_PROMPT,
                    "The prompt is empty. Describe the asset to make, for example \"a 6-DOF arm with a parallel-jaw "
                            + "gripper\". " + whatICanMake());
        }
        if (prompt.length() > MAX_PROMPT_LENGTH) {
            throw new GenerationException(GenerationException.INVALID_PARAMETERS,
                    "The prompt is " + prompt.length() + " characters long; keep it under " + MAX_PROMPT_LENGTH
                            + " characters and describe one asset.");
        }
        PromptReading reading = PromptReader.read(PromptTokenizer.tokenize(prompt));
        return SpecAssembler.assemble(reading).orElseThrow(() -> new GenerationException(
                GenerationException.UNRECOGNIZED_PROMPT, reading.unsupportedKinds.isEmpty()
                        ? "Could not recognise an asset in \"" + excerpt(prompt) + "\". " + whatICanMake()
                        : "\"" + excerpt(prompt) + "\" names a kind of robot Gizmo cannot make yet ("
                                + reading.unsupportedKinds.get(0) + "). " + whatICanMake()));
    }

    /** The sentence listing every family, used in every "not understood" message. */
    public static String whatICanMake() {
        return "Gizmo can make: " + Arrays.stream(Family.values()).map(Family::description)
                .collect(Collectors.joining("; ")) + ".";
    }

    /** Every family description, in enum order. */
    public static List<String> families() {
        return Arrays.stream(Family.values()).map(Family::description).toList();
    }

    private static String excerpt(String prompt) {
        String p = prompt.strip().replaceAll("\\s+", " ");
        return p.length() <= 80 ? p : p.substring(0, 77) + "...";
    }
}
