package io.gizmostudio.core.scene;

import static io.gizmostudio.core.scene.SceneFixtures.placement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SceneDocumentTest {
    private static final Placement A = placement("a", Pose.of(0, 0, 0));
    private static final Placement B = placement("b", Pose.of(1, 0, 0));
    private static final Placement C = placement("c", Pose.of(2, 0, 0));

    private static List<String> ids(SceneDocument d) {
        return d.placements().stream().map(Placement::id).toList();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"table, FIXED", "cabinet, FIXED", "robot_arm, FIXED", "box, FREE",
        "mobile_base, FREE", "toolbox, FREE", "crate, FREE", "bin, FREE", "BOX, FREE", "null, FIXED", "'', FIXED"})
    void familiesYouPickUpOrThatDriveAreFreeByDefault(String family, Mobility expected) {
        assertThat(Mobility.defaultFor(family)).isEqualTo(expected);
    }

    @Test
    void placementCopiesJointPositionsAndDefaultsMobilityToFixed() {
        Map<String, Double> q = new HashMap<>(Map.of("lid_hinge", 0.5));
        Placement p = new Placement("p", "asset", "Crate", Pose.IDENTITY, q, null);
        q.put("lid_hinge", 1.0);
        assertThat(p.jointPositions()).containsExactly(Map.entry("lid_hinge", 0.5));
        assertThat(p.mobility()).isEqualTo(Mobility.FIXED);
        assertThatThrownBy(() -> p.jointPositions().put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void placementRejectsBlankIdsAndNonFiniteValues() {
        Pose nan = new Pose(new Vec3(Double.NaN, 0, 0), Quat.IDENTITY);
        assertThatThrownBy(() -> new Placement(" ", "a", "n", Pose.IDENTITY, Map.of(), Mobility.FREE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Placement("p", null, "n", Pose.IDENTITY, Map.of(), Mobility.FREE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Placement("p", "a", "", Pose.IDENTITY, Map.of(), Mobility.FREE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Placement("p", "a", "n", nan, Map.of(), Mobility.FREE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Placement("p", "a", "n", null, Map.of(), Mobility.FREE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Placement("p", "a", "n", Pose.IDENTITY, Map.of("j", Double.POSITIVE_INFINITY), Mobility.FREE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withersChangeOneComponentEach() {
        Placement p = A.withName("Table 2").withMobility(Mobility.FREE).withPose(Pose.of(3, 0, 0))
                .withJointPositions(Map.of("j", 0.2)).withId("a2");
        assertThat(p).isEqualTo(new Placement("a2", A.assetId(), "Table 2", Pose.of(3, 0, 0), Map.of("j", 0.2), Mobility.FREE));
        assertThat(p.withJointPosition("k", 0.1).jointPositions()).containsOnly(Map.entry("j", 0.2), Map.entry("k", 0.1));
    }

    @Test
    void addingAppendsAndRefusesADuplicateId() {
        SceneDocument d = SceneDocument.empty("cell").with(A).withAll(List.of(B, C));
        assertThat(ids(d)).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> d.with(placement("b", Pose.IDENTITY))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SceneDocument.empty("x").withAll(List.of(A, A))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SceneDocument("x", List.of(A, A))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replacingKeepsTheIndexAndRefusesAnUnknownId() {
        SceneDocument d = new SceneDocument("cell", List.of(A, B, C));
        Placement movedB = B.withPose(Pose.of(9, 9, 0));
        SceneDocument r = d.replaced(movedB);
        assertThat(r.placements()).containsExactly(A, movedB, C);
        assertThat(d.replacedAll(List.of(C.withName("x"), A.withName("y"))).placements())
                .extracting(Placement::name).containsExactly("y", B.name(), "x");
        assertThatThrownBy(() -> d.replaced(placement("z", Pose.IDENTITY))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removingIgnoresUnknownIdsAndFindAndIndexOfFollow() {
        SceneDocument d = new SceneDocument("cell", List.of(A, B, C)).without(Set.of("b", "nope"));
        assertThat(ids(d)).containsExactly("a", "c");
        assertThat(d.indexOf("c")).isEqualTo(1);
        assertThat(d.indexOf("b")).isEqualTo(-1);
        assertThat(d.find("b")).isEmpty();
        assertThat(d.find("c")).contains(C);
    }

    @Test
    void insertingAtAnIndexOutsideTheListFails() {
        SceneDocument d = new SceneDocument("cell", List.of(A));
        assertThatThrownBy(() -> d.insertedAt(2, B)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> d.insertedAt(-1, B)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> d.insertedAt(0, A)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ids(d.insertedAt(0, B))).containsExactly("b", "a");
    }

    @Test
    void renamingKeepsThePlacements() {
        SceneDocument d = new SceneDocument("cell", List.of(A, B)).renamed("cell 2");
        assertThat(d.name()).isEqualTo("cell 2");
        assertThat(d.placements()).containsExactly(A, B);
    }

    /** Undo of a multi-delete: re-inserting the deleted by ascending former index restores the document. */
    @Property(tries = 200)
    void undoingADeleteRestoresTheExactOrder(@ForAll @IntRange(min = 1, max = 12) int n,
            @ForAll @Size(max = 12) @UniqueElements List<@IntRange(min = 0, max = 11) Integer> deleted) {
        List<Placement> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(placement("p" + i, Pose.of(i, 0, 0)));
        }
        SceneDocument before = new SceneDocument("s", all);
        List<String> gone = deleted.stream().filter(i -> i < n).map(i -> "p" + i).toList();
        SceneDocument after = before.without(gone);
        assertThat(after.placements()).hasSize(n - gone.size());
        SceneDocument undone = after;
        for (int i = 0; i < n; i++) {
            if (gone.contains("p" + i)) {
                undone = undone.insertedAt(i, before.placements().get(i));
            }
        }
        assertThat(undone).isEqualTo(before);
    }

    @Test
    void rayNormalisesItsDirectionAndRejectsZero() {
        Ray r = new Ray(new Vec3(1, 2, 3), new Vec3(0, 0, -4));
        assertThat(r.direction()).isEqualTo(new Vec3(0, 0, -1));
        assertThat(r.at(2).isNear(new Vec3(1, 2, 1), 1e-12)).isTrue();
        assertThatThrownBy(() -> new Ray(Vec3.ZERO, Vec3.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ray(Vec3.ZERO, new Vec3(Double.NaN, 0, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ray(new Vec3(Double.POSITIVE_INFINITY, 0, 0), Vec3.UNIT_Z)).isInstanceOf(IllegalArgumentException.class);
    }
}
