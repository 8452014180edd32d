package io.gizmostudio;

import io.gizmostudio.cli.GizmoCli;
import io.gizmostudio.core.format.RobotDescriptionReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point: no arguments start the desktop app; one argument naming an existing .urdf or .xml file starts it
 * showing that file (as "open with" from a file manager does); a subcommand runs the CLI ({@code generate},
 * {@code serve}, {@code keys}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && isRobotDescription(args[0])) {
            StudioLauncher.launch(new String[0], Path.of(args[0]));
            return;
        }
        if (args.length == 0) {
            StudioLauncher.launch(args);
            return;
        }
        System.exit(GizmoCli.run(args));
    }

    static boolean isRobotDescription(String arg) {
        Path p = Path.of(arg);
        return Files.isRegularFile(p) && RobotDescriptionReader.isCandidate(p);
    }
}
