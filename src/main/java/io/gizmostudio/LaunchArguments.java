package io.gizmostudio;

import io.gizmostudio.cli.XacroArgs;
import io.gizmostudio.core.format.RobotDescriptionReader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a {@code gizmo-studio} command line asks for. No words: the app. A subcommand or an option: the CLI. A path
 * (an existing file, a description's file name, anything with a folder separator) followed by {@code name:=value}
 * words: the app showing that file, a xacro file expanded with those arguments. {@code --new-instance DIR} first
 * gives the app a data folder of its own. A file that is missing or is no robot description still starts the app
 * (its preview says why it shows nothing), with a one-line {@link App#problem()} for the terminal.
 */
final class LaunchArguments {
    /** {@code --new-instance DIR}: run another window with its own data folder (one instance per data folder). */
    static final String NEW_INSTANCE = "--new-instance";

    sealed interface Launch permits App, Cli, Refused {
    }

    /** Start the app over {@code dataDir} (null: the default), showing {@code file} (may be null). */
    record App(Path dataDir, Path file, Map<String, String> xacroArgs, String problem) implements Launch {
        App {
            xacroArgs = Map.copyOf(xacroArgs);
        }
    }

    /** Run the command line with {@code args}. */
    record Cli(List<String> args) implements Launch {
        Cli {
            args = List.copyOf(args);
        }
    }

    /** Do nothing but print {@code message} and exit with {@code exitCode}. */
    record Refused(String message, int exitCode) implements Launch {
    }

    private LaunchArguments() {
    }

    static Launch parse(String[] words, Predicate<String> isSubcommand) {
        Path dataDir = null;
        String[] args = words;
        if (args.length >= 2 && args[0].equals(NEW_INSTANCE)) {
            // a separate library in DIR, so a second window of its own is allowed
            dataDir = Path.of(args[1]).toAbsolutePath();
            args = Arrays.copyOfRange(args, 2, args.length);
        } else if (args.length == 1 && args[0].equals(NEW_INSTANCE)) {
            return new Refused("gizmo-studio: " + NEW_INSTANCE + " needs a data folder of its own: " + NEW_INSTANCE
                    + " DIR [FILE]", 2);
        }
        if (args.length == 0) {
            return new App(dataDir, null, Map.of(), null);
        }
        if (args[0].startsWith("-") || isSubcommand.test(args[0]) || !looksLikeAFile(args[0])) {
            return new Cli(Arrays.asList(args));
        }
        Path file = Path.of(args[0]);
        Map<String, String> xacroArgs;
        try {
            xacroArgs = XacroArgs.parse(Arrays.asList(args).subList(1, args.length));
        } catch (IllegalArgumentException e) {
            return new Refused("gizmo-studio: " + e.getMessage() + " (after the file " + file + ")", 2);
        }
        return new App(dataDir, file, xacroArgs, problemWith(file));
    }

    /** Why {@code file} cannot be shown, in one line naming it, or null when it looks openable. */
    static String problemWith(Path file) {
        if (!Files.exists(file)) {
            return "gizmo-studio: no such file: " + file.toAbsolutePath();
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return "gizmo-studio: cannot read " + file.toAbsolutePath() + " (not a readable file)";
        }
        if (!RobotDescriptionReader.isCandidate(file) && !io.gizmostudio.ui.scenes.SceneFile.isSceneFile(file)) {
            return "gizmo-studio: " + file.toAbsolutePath() + " is not a robot description (.urdf, .xacro or MJCF .xml) or a scene (.gizmo-scene)";
        }
        return null;
    }

    private static boolean looksLikeAFile(String word) {
        try {
            Path p = Path.of(word);
            return Files.exists(p) || RobotDescriptionReader.isCandidate(p) || io.gizmostudio.ui.scenes.SceneFile.isSceneFile(p)
                    || word.indexOf('/') >= 0
                    || word.indexOf(File.separatorChar) >= 0;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
