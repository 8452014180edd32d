package io.gizmostudio.cli;

import io.gizmostudio.api.ExportFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --format} option of the remote commands: {@code all} or a comma-separated list of wire names and
 * aliases ({@code mjcf,urdf,usd}), as canonical wire names without repeats, in the order given.
 */
record FormatList(List<String> formats) {
    static final String ALL = "all";
    static final String HELP = "mujoco_mjcf, isaac_sim_urdf, isaac_sim_usd (or mjcf, urdf, usd), several with commas, or all";

    /** Empty for {@code all}: the caller decides what all means (the asset's own formats, or every one). */
    static Optional<FormatList> parse(String text) {
        if (text == null || text.isBlank() || ALL.equalsIgnoreCase(text.strip())) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String canonical = ExportFormats.canonical(part).orElseThrow(() -> new CliFailure(CliExit.USAGE,
                    "unsupported export format '" + part.strip() + "': use " + HELP));
            if (!out.contains(canonical)) {
                out.add(canonical);
            }
        }
        return Optional.of(new FormatList(List.copyOf(out)));
    }

    /** The formats asked for; for {@code all} the ones {@code available} names, or every format when it names none. */
    static List<String> resolve(Optional<FormatList> asked, List<String> available) {
        if (asked.isPresent()) {
            return asked.get().formats();
        }
        return available == null || available.isEmpty() ? ExportFormats.ALL : available;
    }
}
