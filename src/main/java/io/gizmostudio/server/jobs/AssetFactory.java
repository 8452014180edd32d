package io.gizmostudio.server.jobs;

/**
 * Turns a prompt and a seed into an articulated model: the engine core's generator behind a narrow seam, so the
 * queue can be tested with a factory that blocks or fails on purpose. Throws
 * {@link io.gizmostudio.core.generate.GenerationException} with a code when the prompt cannot be understood.
 */
@FunctionalInterface
public interface AssetFactory {
    GeneratedModel generate(String prompt, long seed);

    /** As {@link #generate(String, long)}, welding a free-by-default asset to the world when {@code fixedBase}. */
    default GeneratedModel generate(String prompt, long seed, boolean fixedBase) {
        return generate(prompt, seed);
    }
}
