package io.gizmostudio;

import io.gizmostudio.cli.GizmoCli;
import io.gizmostudio.core.format.RobotDescriptionReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point: no arguments start the desktop app; one argument naming an existing .urdf or .xml file starts it
 * showing that file (as "open with" from a file manager does); a subcommand runs the CLI ({@code generate},
 * {@code serve}, {@code keys}). One window runs per data folder: a second launch hands its file to the first and
 * exits ({@link InstanceLock}); {@code --new-instance DIR [FILE]} runs one with a data folder of its own.
 */
public final class Main {
    /** {@code --new-instance DIR}: run another window with its own data folder (one instance per data folder). */
    static final String NEW_INSTANCE = "--new-instance";

    private Main() {
    }

    public static void main(String[] args) {
        Path dataDir = null;
        if (args.length >= 2 && args[0].equals(NEW_INSTANCE)) {
            // a separate library in DIR, so a second window of its own is allowed
            dataDir = Path.of(args[1]).toAbsolutePath();
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        } else if (args.length == 1 && args[0].equals(NEW_INSTANCE)) {
            System.err.println("gizmo-studio: " + NEW_INSTANCE + " needs a data folder of its own: "
                    + NEW_INSTANCE + " DIR [FILE]");
            System.exit(2);
        }
        if (args.length == 1 && isRobotDescription(args[0])) {
            System.exit(StudioLauncher.launchOnce(dataDir, Path.of(args[0])));
        }
        if (args.length == 0) {
            System.exit(StudioLauncher.launchOnce(dataDir, null));
        }
        System.exit(GizmoCli.run(args));
    }

    static boolean isRobotDescription(String arg) {
        Path p = Path.of(arg);
        return Files.isRegularFile(p) && RobotDescriptionReader.isCandidate(p);
    }
}
