package io.gizmostudio.core.model;

import java.util.List;

/** An articulation broke one or more rules; {@link #problems()} names each one. */
public class InvalidArticulationException extends IllegalArgumentException {
    private final List<String> problems;

    public InvalidArticulationException(String articulation, List<String> problems) {
        super("articulation '" + articulation + "' is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
