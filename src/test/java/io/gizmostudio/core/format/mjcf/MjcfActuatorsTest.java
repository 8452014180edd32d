package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.ImportedAsset;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Drive;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.testing.ExportedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An MJCF file's actuators become the joints' drives, so converted and imported models are driven like the source. */
class MjcfActuatorsTest {
    @TempDir
    Path dir;

    private static final String ARM = """
            <mujoco model="driven">
              <default><position kv="3"/></default>
              <worldbody>
                <body name="base">
                  <geom type="box" size="0.1 0.1 0.05" mass="2"/>
                  <body name="l1" pos="0 0 0.1"><joint name="j1" type="hinge" axis="0 0 1" range="-90 90"/>
                    <geom type="capsule" fromto="0 0 0 0.3 0 0" size="0.03" mass="1"/>
                    <body name="l2" pos="0.3 0 0"><joint name="j2" type="hinge" axis="0 1 0"/>
                      <geom type="capsule" fromto="0 0 0 0.3 0 0" size="0.03" mass="1"/>
                      <body name="l3" pos="0.3 0 0"><joint name="j3" type="slide" axis="1 0 0" range="0 0.1"/>
                        <geom type="box" size="0.02 0.02 0.02" mass="0.2"/>
                        <body name="l4" pos="0.05 0 0"><joint name="j4" type="hinge" axis="1 0 0" range="-1 1"/>
                          <geom type="box" size="0.01 0.01 0.01" mass="0.1"/>
                          <site name="tip"/>
                        </body>
                      </body>
                    </body>
                  </body>
                </body>
              </worldbody>
              <actuator>
                <position name="a1" joint="j1" kp="200" forcerange="-30 30"/>
                <velocity name="a2" joint="j2" kv="5" forcerange="-12 8"/>
                <motor name="a3" joint="j3" gear="1" ctrlrange="-1 1"/>
                <general name="a4" joint="j4" gaintype="fixed" biastype="affine" gainprm="40" biasprm="0 -40 -2" forcerange="-4 4"/>
                <position name="a5" joint="j1" kp="1"/>
                <motor name="a6" site="tip" gear="1 0 0 0 0 0"/>
              </actuator>
            </mujoco>
            """;

    @Test
    void positionVelocityAndAffineServosBecomeDrivesAndTheRestIsNoted() throws IOException {
        Path file = Files.writeString(dir.resolve("driven.xml"), ARM);
        RobotDescription d = MjcfReader.describe(file);
        Articulation a = d.articulation();

        assertThat(a.joint("j1").orElseThrow().drive()).isEqualTo(new Drive(200, 3, 30)); // kv from the default
        assertThat(a.joint("j2").orElseThrow().drive()).isEqualTo(new Drive(0, 5, 12));
        assertThat(a.joint("j3").orElseThrow().drive()).isNull();
        assertThat(a.joint("j4").orElseThrow().drive()).isEqualTo(new Drive(40, 2, 4));
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("driven.xml:").contains("<motor>").contains("'j3'").contains("passive"));
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("second actuator"));
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("tendon, site or body"));
    }

    @Test
    void aGeneratedArmsDrivesSurviveTheWayThroughMjcf() throws IOException {
        Articulation arm = new AssetGenerator().generate("a 6-DOF robot arm with a parallel-jaw gripper", 7).articulation();
        Articulation back = MjcfReader.read(write(ExportFormat.MUJOCO_MJCF.writer().writeAsset(arm), "arm"));
        for (Joint j : arm.movableJoints()) {
            Joint b = back.joint(j.name()).orElseThrow();
            assertThat(b.isActuated()).as(j.name()).isEqualTo(j.isActuated());
            if (j.isActuated()) {
                assertThat(b.drive().stiffness()).as(j.name()).isCloseTo(j.drive().stiffness(), within(1e-9 * Math.max(1, j.drive().stiffness())));
                assertThat(b.drive().damping()).as(j.name()).isCloseTo(j.drive().damping(), within(1e-9 * Math.max(1, j.drive().damping())));
                assertThat(b.drive().maxForce()).as(j.name()).isCloseTo(j.drive().maxForce(), within(1e-9 * Math.max(1, j.drive().maxForce())));
            }
        }
    }

    @Test
    void anImportedDrivenModelExportsItsActuators() throws IOException {
        Path file = Files.writeString(dir.resolve("driven.xml"), ARM);
        ImportedAsset imported = ImportedAsset.of(MjcfReader.describe(file), "driven", "driven.xml");
        assertThat(imported.changes()).noneMatch(c -> c.contains("the joints are passive"));
        String xml = ExportFormat.MUJOCO_MJCF.writer().writeAsset(imported.articulation()).entryText();
        assertThat(xml).contains("<general name=\"j1_servo\"").contains("<velocity name=\"j2_motor\"")
                .contains("<general name=\"j4_servo\"").doesNotContain("j3_servo");
    }

    private Path write(ExportedModel model, String name) throws IOException {
        return ExportedFiles.write(model, dir.resolve(name));
    }
}
