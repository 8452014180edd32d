package io.gizmostudio;

import io.gizmostudio.core.generate.GenerationException;
import io.gizmostudio.server.jobs.AssetFactory;
import io.gizmostudio.server.support.TestModels;
import java.util.Locale;

/**
 * The server's fast test generator, refusing a flux capacitor the way the real parser refuses things it cannot
 * make: with {@code unrecognized_prompt} and the list of what it can.
 */
final class TestGenerator {
    static final String REFUSAL = "Cannot make “a flux capacitor”. The engine can make: robot arm, gripper, cabinet, table, door.";

    private TestGenerator() {
    }

    static AssetFactory create() {
        AssetFactory arm = TestModels.factory();
        return (prompt, seed) -> {
            if (prompt.toLowerCase(Locale.ROOT).contains("flux capacitor")) {
                throw new GenerationException(GenerationException.UNRECOGNIZED_PROMPT, REFUSAL);
            }
            return arm.generate(prompt, seed);
        };
    }
}
