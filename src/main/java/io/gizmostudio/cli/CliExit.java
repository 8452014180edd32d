package io.gizmostudio.cli;

import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.client.AwaitTimeoutException;
import io.gizmostudio.client.BadRequestException;
import io.gizmostudio.client.ConflictException;
import io.gizmostudio.client.ForbiddenException;
import io.gizmostudio.client.GenerationFailedException;
import io.gizmostudio.client.NetworkException;
import io.gizmostudio.client.NotFoundException;
import io.gizmostudio.client.RateLimitedException;
import io.gizmostudio.client.UnauthorizedException;
import java.io.UncheckedIOException;

/**
 * The exit codes of the commands that talk to a server ({@code generate --server}, {@code assets},
 * {@code scenes}): the one table, in the help text and the README as well. The numbers are a promise to
 * pipelines; never renumber one. (Local {@code generate} keeps its older codes: 2 prompt not understood,
 * 3 files not written.)
 */
public enum CliExit {
    OK(0, "done"),
    USAGE(2, "usage: a bad option, no server URL, no API key for a remote server"),
    REFUSED(3, "refused: a prompt the server cannot make, or another bad request (400/409)"),
    AUTH(4, "authentication: key missing, wrong or revoked (401), or not allowed (403)"),
    RATE_LIMITED(5, "rate limited (429), still after the retries"),
    NETWORK(6, "network: server unreachable, connection broken, or timed out"),
    SERVER(7, "server error (5xx), or not the API's answer (HTML, bad JSON, redirect)"),
    GENERATION_FAILED(8, "the generation ran and failed"),
    NOT_FOUND(9, "no such asset or scene (404)"),
    LOCAL_IO(10, "the files could not be written here");

    private final int code;
    private final String meaning;

    CliExit(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The code for a failure of a remote command; anything unforeseen counts as an unexpected answer. */
    public static CliExit of(Throwable failure) {
        if (failure instanceof CliFailure f) {
            return f.exit();
        } else if (failure instanceof BadRequestException || failure instanceof ConflictException) {
            return REFUSED;
        } else if (failure instanceof UnauthorizedException || failure instanceof ForbiddenException) {
            return AUTH;
        } else if (failure instanceof RateLimitedException) {
            return RATE_LIMITED;
        } else if (failure instanceof NetworkException || failure instanceof AwaitTimeoutException) {
            return NETWORK;
        } else if (failure instanceof GenerationFailedException g) {
            // a server may refuse a prompt up front (400) or accept it and fail the job: the same answer to a pipeline
            return ErrorCodes.UNRECOGNIZED_PROMPT.equals(g.code()) ? REFUSED : GENERATION_FAILED;
        } else if (failure instanceof NotFoundException) {
            return NOT_FOUND;
        } else if (failure instanceof UncheckedIOException) {
            return LOCAL_IO;
        }
        return SERVER;
    }

    /** The table for a command's help footer, one line per code; {@code when} (may be null) says when it applies. */
    static String[] helpLines(String when) {
        CliExit[] all = values();
        String[] lines = new String[all.length + 1];
        lines[0] = "%nExit codes" + (when == null ? "" : " " + when) + ":";
        for (int i = 0; i < all.length; i++) {
            lines[i + 1] = String.format(java.util.Locale.ROOT, "  %2d  %s", all[i].code, all[i].meaning);
        }
        return lines;
    }
}
