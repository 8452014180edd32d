package io.gizmostudio.core.generate;

/**
 * Generation could not produce an asset. {@link #code()} is the machine-readable reason that the server and
 * the CLI report (for example {@code unrecognized_prompt}); the message says what to do.
 */
public class GenerationException extends RuntimeException {
    public static final String UNRECOGNIZED_PROMPT = "unrecognized_prompt";
    public static final String INVALID_PARAMETERS = "invalid_parameters";
    /** The prompt names a family this engine has no builder for. */
    public static final String FAMILY_UNAVAILABLE = "family_unavailable";

    private final String code;

    public GenerationException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
