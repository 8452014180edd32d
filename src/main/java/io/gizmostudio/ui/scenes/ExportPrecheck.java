package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.PlacementIssue;
import io.gizmostudio.core.scene.SceneDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to tell the user before a scene is exported, from the composer's state: the document and the live
 * issues of {@link io.gizmostudio.core.scene.SceneChecks} by placement id. Pure: the same input gives the same
 * problems, in a stable order — scene-wide ones first, then placement by placement in document order (its
 * overlaps, its support, its name). An overlap is one problem per pair, listed at the pair's first placement.
 * Issues of placements the document no longer has are ignored (the checks run after the edit that removed them).
 */
public final class ExportPrecheck {
    private ExportPrecheck() {
    }

    public static List<ExportProblem> run(SceneDocument doc, Map<String, List<PlacementIssue>> issues) {
        List<ExportProblem> out = new ArrayList<>();
        if (doc.placements().isEmpty()) {
            out.add(new ExportProblem(ExportProblem.Kind.EMPTY_SCENE, ExportProblem.Severity.NOTE, null,
                    "The scene is empty: each format gets an empty world (a floor only). That is a valid export.", null));
        }
        if (!AsciiNames.isPlainAscii(doc.name())) {
            out.add(new ExportProblem(ExportProblem.Kind.NON_ASCII_SCENE_NAME, ExportProblem.Severity.WARNING, null,
                    "The scene name " + quoted(doc.name()) + " is not plain ASCII: the URDF robot is named "
                            + quoted(AsciiNames.exportedIdentifier(doc.name()))
                            + "; MJCF and USD keep it as text. Rename the scene to keep one spelling everywhere.", null));
        }
        Map<String, Placement> byId = doc.byId();
        Set<String> pairsSeen = new HashSet<>();
        for (Placement p : doc.placements()) {
            for (PlacementIssue issue : issues.getOrDefault(p.id(), List.of())) {
                problem(p, issue, byId, pairsSeen).ifPresent(out::add);
            }
            if (!AsciiNames.isPlainAscii(p.name())) {
                out.add(nameProblem(p, doc.indexOf(p.id())));
            }
        }
        return List.copyOf(out);
    }

    private static Optional<ExportProblem> problem(Placement p, PlacementIssue issue, Map<String, Placement> byId,
                                                             Set<String> pairsSeen) {
        String name = quoted(p.name());
        switch (issue.kind()) {
            case OVERLAP: {
                Placement other = byId.get(issue.otherPlacementId());
                if (other == null || !pairsSeen.add(pairKey(p.id(), other.id()))) {
                    return Optional.empty();
                }
                // The free one is what the user most likely moves (the crate, not the table it sinks into).
                Placement toMove = other.mobility() == Mobility.FREE && p.mobility() != Mobility.FREE ? other : p;
                return Optional.of(new ExportProblem(ExportProblem.Kind.OVERLAP, ExportProblem.Severity.WARNING, p.id(),
                        name + " and " + quoted(other.name()) + " overlap by " + metres(issue.amount())
                                + ": the simulator pushes them apart at the first step.",
                        new ExportFix.Select(toMove.id(), toMove.name())));
            }
            case FLOATING:
                if (p.mobility() == Mobility.FREE) {
                    return Optional.of(new ExportProblem(ExportProblem.Kind.FREE_UNSUPPORTED, ExportProblem.Severity.WARNING,
                            p.id(), name + " is a free object resting on nothing: it falls " + metres(issue.amount())
                                    + " when the simulation starts.", new ExportFix.DropToSurface(p.id())));
                }
                return Optional.of(new ExportProblem(ExportProblem.Kind.FLOATING, ExportProblem.Severity.WARNING, p.id(),
                        name + " floats " + metres(issue.amount()) + " above its support: it stays welded in the air.",
                        new ExportFix.DropToSurface(p.id())));
            case BELOW_FLOOR:
                return Optional.of(new ExportProblem(ExportProblem.Kind.BELOW_FLOOR, ExportProblem.Severity.WARNING, p.id(),
                        name + " sinks " + metres(issue.amount()) + " below the floor"
                                + (p.mobility() == Mobility.FREE ? ": the simulator throws it up at the first step." : "."),
                        new ExportFix.DropToSurface(p.id())));
            default:
                return Optional.empty();
        }
    }

    private static ExportProblem nameProblem(Placement p, int index) {
        String readable = AsciiNames.readableAscii(p.name());
        String rename = readable != null ? readable : "Placement " + (index + 1);
        return new ExportProblem(ExportProblem.Kind.NON_ASCII_PLACEMENT_NAME, ExportProblem.Severity.WARNING, p.id(),
                "The name " + quoted(p.name()) + " is not plain ASCII: the exported files use an ASCII identifier "
                        + "instead (characters outside ASCII become \u201c_\u201d, as in "
                        + quoted(AsciiNames.exportedIdentifier(p.name())) + ").",
                new ExportFix.Rename(p.id(), rename));
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static String metres(double amount) {
        return String.format(Locale.ROOT, "%.3f m", amount);
    }

    static String quoted(String s) {
        return "\u201c" + s + "\u201d";
    }
}
