package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.PlacedShape;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.PlacementIssue;
import io.gizmostudio.core.scene.SceneChecks;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.core.scene.ShapeBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pre-check on scenes whose issues come from the composer's real checks ({@link SceneChecks}) over box shapes. */
class ExportPrecheckTest {

    /** A scene of axis-aligned boxes: each placement's pose is its box centre. */
    private static final class Cell {
        final List<Placement> placements = new ArrayList<>();
        final List<PlacedShape> shapes = new ArrayList<>();
        String name = "Work cell";

        Cell box(String id, String name, Mobility mobility, double x, double y, double bottom, double half) {
            Pose pose = Pose.of(x, y, bottom + half);
            placements.add(new Placement(id, "ast_" + id, name, pose, Map.of(), mobility));
            shapes.add(PlacedShape.of(id, List.of(new ShapeBox(pose, new Vec3(half, half, half)))));
            return this;
        }

        SceneDocument doc() {
            return new SceneDocument(name, placements);
        }

        Map<String, List<PlacementIssue>> issues() {
            return SceneChecks.run(shapes).stream()
                    .collect(Collectors.groupingBy(PlacementIssue::placementId, LinkedHashMap::new, Collectors.toList()));
        }

        List<ExportProblem> check() {
            return ExportPrecheck.run(doc(), issues());
        }
    }

    /** A 1 m table on the floor with a free 0.2 m crate resting on it, and an arm beside it. */
    private static Cell cleanCell() {
        return new Cell()
                .box("plc_table", "Table", Mobility.FIXED, 0, 0, 0, 0.5)
                .box("plc_crate", "Crate", Mobility.FREE, 0, 0, 1.0, 0.1)
                .box("plc_arm", "Arm", Mobility.FIXED, 2, 0, 0, 0.3);
    }

    @Test
    void aCleanSceneHasNoProblems() {
        Cell cell = cleanCell();

        assertThat(cell.issues()).isEmpty();
        assertThat(cell.check()).isEmpty();
    }

    @Test
    void anOverlapIsOneProblemPerPairThatSelectsTheFreeOne() {
        Cell cell = cleanCell().box("plc_box", "Box", Mobility.FREE, 2.35, 0, 0, 0.1); // 0.05 m into the arm

        List<ExportProblem> problems = cell.check();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ExportProblem.Kind.OVERLAP);
            assertThat(p.severity()).isEqualTo(ExportProblem.Severity.WARNING);
            assertThat(p.placementId()).isEqualTo("plc_arm");
            assertThat(p.message()).isEqualTo("\u201cArm\u201d and \u201cBox\u201d overlap by 0.050 m: "
                    + "the simulator pushes them apart at the first step.");
            assertThat(p.fix()).isEqualTo(new ExportFix.Select("plc_box", "Box"));
            assertThat(p.fix().label()).isEqualTo("Select \u201cBox\u201d");
        });
    }

    @Test
    void aFixedPlacementAboveItsSupportFloatsAndAFreeOneRestsOnNothing() {
        Cell cell = cleanCell()
                .box("plc_shelf", "Shelf", Mobility.FIXED, 5, 0, 0.25, 0.2)
                .box("plc_bin", "Bin", Mobility.FREE, 8, 0, 0.5, 0.1);

        List<ExportProblem> problems = cell.check();

        assertThat(problems).extracting(ExportProblem::kind)
                .containsExactly(ExportProblem.Kind.FLOATING, ExportProblem.Kind.FREE_UNSUPPORTED);
        assertThat(problems.get(0).message()).isEqualTo("\u201cShelf\u201d floats 0.250 m above its support: it stays welded in the air.");
        assertThat(problems.get(0).fix()).isEqualTo(new ExportFix.DropToSurface("plc_shelf"));
        assertThat(problems.get(1).message()).isEqualTo(
                "\u201cBin\u201d is a free object resting on nothing: it falls 0.500 m when the simulation starts.");
        assertThat(problems.get(1).fix()).isEqualTo(new ExportFix.DropToSurface("plc_bin"));
    }

    @Test
    void aPlacementBelowTheFloorIsDroppedOntoIt() {
        Cell cell = cleanCell().box("plc_pit", "Pit", Mobility.FREE, -3, 0, -0.12, 0.2);

        assertThat(cell.check()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ExportProblem.Kind.BELOW_FLOOR);
            assertThat(p.message()).isEqualTo("\u201cPit\u201d sinks 0.120 m below the floor: the simulator throws it up at the first step.");
            assertThat(p.fix()).isEqualTo(new ExportFix.DropToSurface("plc_pit"));
        });
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "Caf\u00e9 table|Cafe table|Caf__table",
            "Gr\u00f6\u00dfe Kiste|Grosse Kiste|Gr__e_Kiste",
            "Arm\u00a0left|Arm left|Arm_left",
            "\u6a5f\u68b0\u624b|Placement 4|___"})
    void aNonAsciiPlacementNameSaysWhatItBecomesAndOffersAnAsciiName(String name, String rename, String identifier) {
        Cell cell = cleanCell().box("plc_named", name, Mobility.FIXED, -5, 0, 0, 0.1);

        assertThat(cell.check()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ExportProblem.Kind.NON_ASCII_PLACEMENT_NAME);
            assertThat(p.placementId()).isEqualTo("plc_named");
            assertThat(p.message()).startsWith("The name \u201c" + name + "\u201d is not plain ASCII")
                    .endsWith("as in \u201c" + identifier + "\u201d).");
            assertThat(p.fix()).isEqualTo(new ExportFix.Rename("plc_named", rename));
        });
    }

    @Test
    void aNonAsciiSceneNameSaysWhatTheUrdfRobotIsCalled() {
        Cell cell = cleanCell();
        cell.name = "Zelle S\u00fcd";

        assertThat(cell.check()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ExportProblem.Kind.NON_ASCII_SCENE_NAME);
            assertThat(p.placementId()).isNull();
            assertThat(p.message()).contains("the URDF robot is named \u201cZelle_S_d\u201d");
            assertThat(p.fix()).isNull();
        });
    }

    @Test
    void anEmptySceneIsANoteThatTheExportIsAnEmptyWorld() {
        List<ExportProblem> problems = ExportPrecheck.run(SceneDocument.empty("Nothing yet"), Map.of());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ExportProblem.Kind.EMPTY_SCENE);
            assertThat(p.severity()).isEqualTo(ExportProblem.Severity.NOTE);
            assertThat(p.message()).contains("empty world").contains("valid export");
            assertThat(p.optionalFix()).isEmpty();
        });
    }

    @Test
    void issuesOfPlacementsNoLongerInTheDocumentAreIgnored() {
        Cell cell = cleanCell();
        Map<String, List<PlacementIssue>> stale = Map.of("plc_gone",
                List.of(new PlacementIssue("plc_gone", PlacementIssue.Kind.FLOATING, null, 0.3, "floats 0.300 m above its support")),
                "plc_arm", List.of(new PlacementIssue("plc_arm", PlacementIssue.Kind.OVERLAP, "plc_gone", 0.1, "overlaps plc_gone")));

        assertThat(ExportPrecheck.run(cell.doc(), stale)).isEmpty();
    }

    @Test
    void eachFixActsOnTheComposerThroughExportFixes() {
        List<String> calls = new ArrayList<>();
        ExportFixes composer = new ExportFixes() {
            @Override public void select(String placementId) {
                calls.add("select " + placementId);
            }

            @Override public void dropToSurface(String placementId) {
                calls.add("drop " + placementId);
            }

            @Override public void rename(String placementId, String name) {
                calls.add("rename " + placementId + " " + name);
            }
        };

        new ExportFix.Select("plc_1", "Box").apply(composer);
        new ExportFix.DropToSurface("plc_2").apply(composer);
        new ExportFix.Rename("plc_3", "Cafe").apply(composer);

        assertThat(calls).containsExactly("select plc_1", "drop plc_2", "rename plc_3 Cafe");
    }
}
