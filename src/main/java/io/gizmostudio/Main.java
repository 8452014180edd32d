package io.gizmostudio;

public final class Main {
    public static void main(String[] args) {
        if (args.length == 0) {
            StudioLauncher.launch(args);
            return;
        }
        System.out.println("hi");
    }
}
