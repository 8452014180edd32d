package io.gizmostudio.server.jobs;

/**
 * Turns a prompt and a seed into an articulated model: the engine core's generator behind a narrow seam, so the
 * queue can be tested with a factory that blocks or fails on purpose. Throws
 * {@link io.gizmostudio.core.generate.GenerationException} with a code when the prompt cannot be understood.
 */
@FunctionalInterface
public interface AssetFactory {
    GeneratedModel generate(String prompt, long seed);
}
