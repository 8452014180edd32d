package io.gizmostudio.cli;

import io.gizmostudio.server.store.StoreException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code gizmo} command: the engine's subcommands for pipelines and terminals. */
@Command(name = "gizmo", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Gizmo Studio: articulated robot assets from prompts, exported for MuJoCo and Isaac Sim.",
        subcommands = {GenerateCommand.class, InspectCommand.class, ConvertCommand.class, ServeCommand.class, KeysCommand.class,
                AssetsCommand.class, ScenesCommand.class})
public final class GizmoCli implements Runnable {
    /** The commands that talk to a server, whose help ends with the {@link CliExit} table. */
    private static final List<String> REMOTE = List.of("generate", "assets", "scenes");

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return commandLine(ServerAccess.system()).execute(args);
    }

    /** The whole command tree, the server commands reaching servers through {@code access}. */
    public static CommandLine commandLine(ServerAccess access) {
        CommandLine cli = new CommandLine(new GizmoCli(), new CliFactory(access)).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(GizmoCli::refused);
        for (String name : REMOTE) {
            addExitCodes(cli.getSubcommands().get(name));
        }
        return cli;
    }

    /**
     * A bad option value found while running (a --store URL, missing store credentials) or a store that cannot be
     * opened: one line in the user's terms instead of a stack trace; usage (2) or failure (1).
     */
    private static int refused(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof IllegalArgumentException) {
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            return 2;
        }
        if (e instanceof StoreException) {
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            return 1;
        }
        throw e;
    }

    private static void addExitCodes(CommandLine command) {
        List<String> footer = new ArrayList<>(Arrays.asList(command.getCommandSpec().usageMessage().footer()));
        footer.addAll(Arrays.asList(CliExit.helpLines(command.getCommandName().equals("generate") ? "with --server" : null)));
        command.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
        command.getSubcommands().values().forEach(GizmoCli::addExitCodes);
    }

    /** True for the name of one of the subcommands ({@code serve}, {@code inspect}, ...). */
    public static boolean isSubcommand(String word) {
        return new CommandLine(new GizmoCli()).getSubcommands().containsKey(word);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
