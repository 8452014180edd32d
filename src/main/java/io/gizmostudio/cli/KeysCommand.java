package io.gizmostudio.cli;

import io.gizmostudio.server.DataDirectory;
import io.gizmostudio.server.auth.IssuedKey;
import io.gizmostudio.server.auth.LocalKeys;
import io.gizmostudio.server.store.KeySource;
import io.gizmostudio.server.store.StoreLocation;
import io.gizmostudio.server.store.StoredKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keys create|list|revoke}: the local engine's API keys, kept in the data directory as hashes only. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage the local engine's API keys.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
public final class KeysCommand {

    /** The store options shared by every keys subcommand: a data directory, or a team server's PostgreSQL. */
    static final class DataOption {
        @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: the user data directory).")
        Path data;

        @Option(names = "--store", paramLabel = "JDBC_URL", description = "A team server's PostgreSQL instead"
                + " (credentials from GIZMO_STORE_USER and GIZMO_STORE_PASSWORD or GIZMO_STORE_PASSWORD_FILE).")
        String store;

        LocalKeys open() {
            if (store != null) {
                return LocalKeys.open(StoreLocation.parse(store, System.getenv()));
            }
            return LocalKeys.open(data != null ? data : DataDirectory.defaultPath());
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key and print it (only this once).")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        DataOption data = new DataOption();
        @Option(names = "--name", required = true, description = "What the key is for, e.g. 'ci-pipeline'.")
        String name;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (name.isBlank() || name.length() > 200) {
                spec.commandLine().getErr().println("keys create: --name must be 1 to 200 characters");
                return 2;
            }
            try (LocalKeys keys = data.open()) {
                IssuedKey key = keys.create(name.strip());
                out.println(key.secret());
                spec.commandLine().getErr().println("Created key " + key.keyId() + " (" + key.name()
                        + "). This is the only time it is shown; store it now.");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List keys (ids, status, source and names, never the keys).")
    static final class ListKeys implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        DataOption data = new DataOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (LocalKeys keys = data.open()) {
                List<StoredKey> all = keys.list();
                out.println(String.format(Locale.ROOT, "%-20s %-8s %-12s %-22s %s", "KEY ID", "STATUS", "SOURCE", "CREATED",
                        "NAME"));
                for (StoredKey k : all) {
                    out.println(String.format(Locale.ROOT, "%-20s %-8s %-12s %-22s %s", k.keyId(), k.isRevoked() ? "revoked" : "active",
                            k.source().wireName(), DateTimeFormatter.ISO_INSTANT.format(k.createdAt()), k.name()));
                }
                if (all.stream().anyMatch(k -> k.source() == KeySource.ENVIRONMENT)) {
                    out.println("Keys with source 'environment' came from GIZMO_API_KEY: each is accepted only by a server"
                            + " started with that secret in GIZMO_API_KEY.");
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by its id.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        DataOption data = new DataOption();
        @Parameters(paramLabel = "KEY_ID", description = "The key id shown by 'keys list'.")
        String keyId;

        @Override
        public Integer call() {
            try (LocalKeys keys = data.open()) {
                if (!keys.revoke(keyId)) {
                    spec.commandLine().getErr().println("keys revoke: no active key with id " + keyId);
                    return 1;
                }
            }
            spec.commandLine().getOut().println("Revoked " + keyId);
            return 0;
        }
    }
}
