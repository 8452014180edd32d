package io.gizmostudio.cli;

import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoException;
import io.gizmostudio.client.RateLimitedException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one remote command: opens the client, does the work, closes the client, and turns every failure into
 * one line on stderr and a {@link CliExit} code. Messages come from the client's typed exceptions, which
 * never hold the API key and summarise rather than quote a foreign body (an HTML page is named by its title).
 */
final class RemoteCall {
    /** What a remote command does with an open client. */
    @FunctionalInterface
    interface Work {
        CliExit run(GizmoClient client);
    }

    private RemoteCall() {
    }

    static int run(CommandSpec spec, ServerAccess access, Supplier<String> url, Work work) {
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName(" ");
        try (GizmoClient client = access.open(url.get())) {
            return work.run(client).code();
        } catch (CliFailure e) {
            err.println(name + ": " + e.getMessage());
            return e.exit().code();
        } catch (GizmoException e) {
            err.println(name + ": " + e.getMessage() + hint(e));
            return CliExit.of(e).code();
        } catch (UncheckedIOException e) {
            err.println(name + ": " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
            return CliExit.LOCAL_IO.code();
        } finally {
            err.flush();
        }
    }

    private static String hint(GizmoException e) {
        return switch (CliExit.of(e)) {
            case AUTH -> System.lineSeparator() + "  check GIZMO_API_KEY: it must be a key this server accepts";
            case RATE_LIMITED -> ((RateLimitedException) e).retryAfter()
                    .map(d -> System.lineSeparator() + "  the server asks to wait " + d.toSeconds() + " s").orElse("");
            default -> "";
        };
    }
}
