package io.gizmostudio;

import io.gizmostudio.cli.GizmoCli;
import io.gizmostudio.core.format.RobotDescriptionReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point: no arguments start the desktop app; a file (as "open with" from a file manager passes it), optionally
 * followed by xacro {@code name:=value} arguments, starts it showing that file; a subcommand runs the CLI
 * ({@code generate}, {@code serve}, {@code keys}, ...). See {@link LaunchArguments}. One window runs per data folder:
 * a second launch hands its file to the first and exits ({@link InstanceLock}); {@code --new-instance DIR [FILE]}
 * runs one with a data folder of its own.
 */
public final class Main {
    /** {@code --new-instance DIR}: run another window with its own data folder (one instance per data folder). */
    static final String NEW_INSTANCE = LaunchArguments.NEW_INSTANCE;

    private Main() {
    }

    public static void main(String[] args) {
        LaunchArguments.Launch launch = LaunchArguments.parse(args, GizmoCli::isSubcommand);
        if (launch instanceof LaunchArguments.Refused r) {
            System.err.println(r.message());
            System.exit(r.exitCode());
        } else if (launch instanceof LaunchArguments.App app) {
            if (app.problem() != null) {
                System.err.println(app.problem());
            }
            System.exit(StudioLauncher.launchOnce(app.dataDir(), app.file(), app.xacroArgs()));
        } else if (launch instanceof LaunchArguments.Cli cli) {
            System.exit(GizmoCli.run(cli.args().toArray(String[]::new)));
        }
    }

    static boolean isRobotDescription(String arg) {
        Path p = Path.of(arg);
        return Files.isRegularFile(p) && RobotDescriptionReader.isCandidate(p);
    }
}
