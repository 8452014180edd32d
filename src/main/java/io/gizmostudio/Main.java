package io.gizmostudio;

import io.gizmostudio.cli.GizmoCli;

/** Entry point: no arguments start the desktop app; a subcommand runs the CLI ({@code generate}, {@code serve}, {@code keys}). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            StudioLauncher.launch(args);
            return;
        }
        System.exit(GizmoCli.run(args));
    }
}
