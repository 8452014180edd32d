package io.gizmostudio.cli;

/** A remote command cannot go on for a reason found before or after talking to the server; carries its exit code. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient CliExit exit;

    CliFailure(CliExit exit, String message) {
        super(message);
        this.exit = exit;
    }

    CliExit exit() {
        return exit;
    }
}
