package io.gizmostudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.gizmostudio.api.ApiJson;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of {@code assets list} and {@code scenes list}: filter, how many, table or JSON. */
final class ListingOptions {
    private static final int MAX_PAGE = 100;

    @Option(names = "--query", paramLabel = "TEXT", description = "Only those whose name (or prompt, or tag) contains TEXT, ignoring case.")
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N, newest first (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array of the API's objects instead of a table.")
    boolean json;

    /** The page size for fetching {@link #limit} items. */
    int pageSize() {
        if (limit < 1) {
            throw new CliFailure(CliExit.USAGE, "--limit must be at least 1");
        }
        return Math.min(limit, MAX_PAGE);
    }

    void printJson(PrintWriter out, List<?> items) {
        try {
            out.println(ApiJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the API's own objects as JSON", e);
        }
    }

    static String time(Instant t) {
        return t == null ? "-" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
