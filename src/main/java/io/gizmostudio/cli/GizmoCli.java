package io.gizmostudio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code gizmo} command: the engine's subcommands for pipelines and terminals. */
@Command(name = "gizmo", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Gizmo Studio: articulated robot assets from prompts, exported for MuJoCo and Isaac Sim.",
        subcommands = {GenerateCommand.class, InspectCommand.class, ConvertCommand.class, ServeCommand.class, KeysCommand.class})
public final class GizmoCli implements Runnable {

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return new CommandLine(new GizmoCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
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
