package io.gizmostudio.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code name:=value} words after a file on the command line, as the xacro tool takes them. */
public final class XacroArgs {
    private XacroArgs() {
    }

    /** The arguments by name; a word without {@code :=} or with an empty name is an {@link IllegalArgumentException}. */
    public static Map<String, String> parse(List<String> words) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String w : words == null ? List.<String>of() : words) {
            int at = w.indexOf(":=");
            if (at <= 0) {
                throw new IllegalArgumentException("'" + w + "' is not a xacro argument: write name:=value");
            }
            args.put(w.substring(0, at), w.substring(at + 2));
        }
        return args;
    }
}
