package io.gizmostudio.core.format.xacro;

import static io.gizmostudio.core.format.xacro.XacroFixtures.compactChildren;
import static io.gizmostudio.core.format.xacro.XacroFixtures.expandBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XacroMacrosTest {
    @TempDir
    Path dir;

    @Test
    void propertiesAndExpressionsFillAttributes() {
        String out = compactChildren(expandBody(dir, """
                <xacro:property name="len" value="0.4"/>
                <xacro:property name="half" value="${len / 2}"/>
                <link name="arm"><visual><geometry><box size="${len} 0.1 ${half}"/></geometry></visual></link>
                """));
        assertThat(out).isEqualTo("link[name=arm](visual(geometry(box[size=0.4 0.1 0.2])))");
    }

    @Test
    void aPropertyMayUseOneDefinedAfterIt() {
        String out = compactChildren(expandBody(dir, """
                <xacro:property name="b" value="${a * 2}"/>
                <xacro:property name="a" value="3"/>
                <link name="l${b}"/>
                """));
        assertThat(out).isEqualTo("link[name=l6]");
    }

    @Test
    void macroParametersTakeDefaultsAndCallersValues() {
        String out = compactChildren(expandBody(dir, """
                <xacro:macro name="seg" params="name len:=1 mass:=${len * 2}">
                  <link name="${name}"><inertial><mass value="${mass}"/></inertial></link>
                </xacro:macro>
                <xacro:seg name="a"/>
                <xacro:seg name="b" len="0.5"/>
                <xacro:seg name="c" mass="7"/>
                """));
        assertThat(out).isEqualTo("link[name=a](inertial(mass[value=2])) link[name=b](inertial(mass[value=1.0]))"
                + " link[name=c](inertial(mass[value=7]))");
    }

    @Test
    void blockParametersInsertTheElementOrItsContent() {
        String out = compactChildren(expandBody(dir, """
                <xacro:macro name="fixed" params="name *origin **visuals">
                  <link name="${name}"><xacro:insert_block name="visuals"/></link>
                  <joint name="${name}_joint" type="fixed"><xacro:insert_block name="origin"/></joint>
                </xacro:macro>
                <xacro:fixed name="cam">
                  <origin xyz="0 0 0.1"/>
                  <visuals><visual name="v1"/><visual name="v2"/></visuals>
                </xacro:fixed>
                """));
        assertThat(out).isEqualTo("link[name=cam](visual[name=v1] visual[name=v2]) joint[name=cam_joint,type=fixed](origin[xyz=0 0 0.1])");
    }

    @Test
    void blockPropertiesAreInsertedWhereAsked() {
        String out = compactChildren(expandBody(dir, """
                <xacro:property name="shape"><cylinder radius="0.05" length="0.2"/></xacro:property>
                <link name="l"><visual><geometry><xacro:insert_block name="shape"/></geometry></visual></link>
                """));
        assertThat(out).isEqualTo("link[name=l](visual(geometry(cylinder[radius=0.05,length=0.2])))");
    }

    @Test
    void nestedMacrosPassPrefixesDown() {
        String out = compactChildren(expandBody(dir, """
                <xacro:macro name="finger" params="prefix side">
                  <link name="${prefix}${side}_finger"/>
                </xacro:macro>
                <xacro:macro name="hand" params="prefix">
                  <link name="${prefix}palm"/>
                  <xacro:finger prefix="${prefix}" side="left"/>
                  <xacro:finger prefix="${prefix}" side="right"/>
                </xacro:macro>
                <xacro:hand prefix="arm1_"/>
                """));
        assertThat(out).isEqualTo("link[name=arm1_palm] link[name=arm1_left_finger] link[name=arm1_right_finger]");
    }

    @Test
    void caretDefaultsInheritTheCallersProperty() {
        String out = compactChildren(expandBody(dir, """
                <xacro:property name="radius" value="0.3"/>
                <xacro:macro name="wheel" params="name radius:=^ width:=^|0.05">
                  <link name="${name}"><visual><geometry><cylinder radius="${radius}" length="${width}"/></geometry></visual></link>
                </xacro:macro>
                <xacro:wheel name="w"/>
                """));
        assertThat(out).isEqualTo("link[name=w](visual(geometry(cylinder[radius=0.3,length=0.05])))");
    }

    @Test
    void recursiveMacroBuildsAChainUntilItsCondition() {
        String out = compactChildren(expandBody(dir, """
                <xacro:macro name="chain" params="i">
                  <link name="l${i}"/>
                  <xacro:if value="${i &lt; 3}"><xacro:chain i="${i + 1}"/></xacro:if>
                </xacro:macro>
                <xacro:chain i="1"/>
                """));
        assertThat(out).isEqualTo("link[name=l1] link[name=l2] link[name=l3]");
    }

    @Test
    void ifAndUnlessKeepOrDropTheirContent() {
        String out = compactChildren(expandBody(dir, """
                <xacro:property name="gripper" value="true"/>
                <xacro:if value="${gripper}"><link name="g"/></xacro:if>
                <xacro:unless value="${gripper}"><link name="flange"/></xacro:unless>
                <xacro:if value="0"><link name="never"/></xacro:if>
                <xacro:unless value="False"><link name="always"/></xacro:unless>
                """));
        assertThat(out).isEqualTo("link[name=g] link[name=always]");
    }

    @Test
    void propertiesInsideAMacroStayLocalUnlessScopedToTheParent() {
        String out = compactChildren(expandBody(dir, """
                <xacro:property name="x" value="outer"/>
                <xacro:macro name="m">
                  <xacro:property name="x" value="inner"/>
                  <xacro:property name="y" value="up" scope="parent"/>
                  <link name="${x}"/>
                </xacro:macro>
                <xacro:m/>
                <link name="${x}_${y}"/>
                """));
        assertThat(out).isEqualTo("link[name=inner] link[name=outer_up]");
    }

    @Test
    void elementAndAttributeBuildNamesFromExpressions() {
        String out = compactChildren(expandBody(dir, """
                <xacro:property name="tag" value="link"/>
                <xacro:element xacro:name="${tag}" name="built"><xacro:attribute name="extra" value="${1+1}"/></xacro:element>
                """));
        assertThat(out).isEqualTo("link[name=built,extra=2]");
    }

    @Test
    void callNamesTheMacroByExpression() {
        String out = compactChildren(expandBody(dir, """
                <xacro:macro name="box_link" params="n"><link name="${n}"/></xacro:macro>
                <xacro:property name="which" value="box"/>
                <xacro:call macro="${which}_link" n="b"/>
                """));
        assertThat(out).isEqualTo("link[name=b]");
    }

    @Test
    void doubleDollarWritesALiteralDollar() {
        String out = compactChildren(expandBody(dir, "<param value=\"$${not_evaluated}\"/>"));
        assertThat(out).isEqualTo("param[value=${not_evaluated}]");
    }
}
