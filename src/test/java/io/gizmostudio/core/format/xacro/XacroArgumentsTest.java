package io.gizmostudio.core.format.xacro;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XacroArgumentsTest {
    @TempDir Path dir;

    @Test
    void theArgumentsAFileDeclaresAreFoundWithoutExpandingIt() {
        // robot_ip has no default and is used: expanding without it would fail, listing it must not
        Path file = XacroFixtures.write(dir, "ur.urdf.xacro", """
                <robot name="r" xmlns:x="http://www.ros.org/wiki/xacro">
                  <x:arg name="ur_type" default="ur5e"/>
                  <x:arg name="robot_ip"/>
                  <x:if value="true"><x:arg name="nested" default="$(optenv HOME)"/></x:if>
                  <x:arg name="ur_type" default="ignored"/>
                  <link name="$(arg robot_ip)"/>
                </robot>
                """);
        assertThat(XacroArguments.declaredIn(file)).containsExactly(
                new XacroArgument("ur_type", Optional.of("ur5e")),
                new XacroArgument("robot_ip", Optional.empty()),
                new XacroArgument("nested", Optional.of("$(optenv HOME)")));
    }
}
