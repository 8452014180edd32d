package io.gizmostudio.core.format.xacro;

/**
 * A {@code ${...}} expression, a substitution or a YAML file that cannot be evaluated. It carries only the problem;
 * the expander adds the file, the line and the macro chain where it happened.
 */
public final class XacroEvalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public XacroEvalException(String problem) {
        super(problem);
    }
}
