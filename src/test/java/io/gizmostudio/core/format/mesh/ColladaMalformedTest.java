package io.gizmostudio.core.format.mesh;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.format.RobotDescriptionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken COLLADA files fail with a message naming the file, the line and the element. */
class ColladaMalformedTest {
    @TempDir Path dir;

    /** A one-triangle file, one element per line so that each test knows the line of what it breaks. */
    private static final String TRIANGLE = String.join("\n",
            "<?xml version=\"1.0\"?>",                                                              // 1
            "<COLLADA xmlns=\"http://www.collada.org/2005/11/COLLADASchema\" version=\"1.4.1\">",  // 2
            "<library_geometries>",                                                                 // 3
            "<geometry id=\"g\">",                                                                  // 4
            "<mesh>",                                                                               // 5
            "<source id=\"pos\">",                                                                  // 6
            "<float_array id=\"pos-array\" count=\"9\">0 0 0 1 0 0 0 1 0</float_array>",            // 7
            "<technique_common><accessor source=\"#pos-array\" count=\"3\" stride=\"3\"/></technique_common>", // 8
            "</source>",                                                                            // 9
            "<vertices id=\"verts\"><input semantic=\"POSITION\" source=\"#pos\"/></vertices>",     // 10
            "<triangles count=\"1\"><input semantic=\"VERTEX\" source=\"#verts\" offset=\"0\"/>",  // 11
            "<p>0 1 2</p>",                                                                         // 12
            "</triangles>",                                                                         // 13
            "</mesh>",                                                                              // 14
            "</geometry>",                                                                          // 15
            "</library_geometries>",                                                                // 16
            "<library_visual_scenes><visual_scene id=\"s\">",                                      // 17
            "<node id=\"n\"><instance_geometry url=\"#g\"/></node>",                                // 18
            "</visual_scene></library_visual_scenes>",                                              // 19
            "<scene><instance_visual_scene url=\"#s\"/></scene>",                                   // 20
            "</COLLADA>");                                                                          // 21

    private Path write(String content) throws IOException {
        Path f = dir.resolve("part.dae");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void theUnbrokenFixtureReads() throws IOException {
        // guards the table below: each case fails because of its one change, not because the base is wrong
        org.assertj.core.api.Assertions.assertThat(MeshFileReader.read(write(TRIANGLE), null).triangleCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            index out of range        | <p>0 1 2</p>                                 | <p>0 1 3</p>                                    | 12 | <p>  | vertex index 3 is out of range
            non-numeric float array   | 0 0 0 1 0 0 0 1 0</float_array>             | 0 0 0 1 zero 0 0 1 0</float_array>              | 7  | <float_array> | value 5 is not a finite number: 'zero'
            float array count         | count="9">                                  | count="12">                                     | 7  | <float_array> | count is 12 but it holds 9 numbers
            accessor past the array   | count="3" stride="3"/>                      | count="4" stride="3"/>                          | 8  | <accessor> | 4 points of stride 3
            url to a missing geometry | <instance_geometry url="#g"/>               | <instance_geometry url="#nothing"/>             | 18 | <instance_geometry> | '#nothing' points at no element
            url to the wrong element  | <instance_geometry url="#g"/>               | <instance_geometry url="#verts"/>               | 18 | <instance_geometry> | points at a <vertices>, expected a <geometry>
            missing vertices source   | source="#verts" offset                      | source="#gone" offset                           | 11 | <input> | '#gone' points at no element
            triangle count            | <triangles count="1">                       | <triangles count="2">                           | 11 | <triangles> | count is 2 but it holds 1 triangles
            non-index in p            | <p>0 1 2</p>                                | <p>0 1 -2</p>                                   | 12 | <p>  | value 3 is not an index: '-2'
            lookat transform          | <node id="n">                               | <node id="n"><lookat>0 0 1 0 0 0 0 1 0</lookat> | 18 | <lookat> | not supported
            unit of zero metres       | <library_geometries>                        | <asset><unit meter="0"/></asset><library_geometries> | 3 | <unit> | positive number of metres
            """)
    void brokenFilesNameLineAndElement(String what, String original, String broken, int line, String element, String problem)
            throws IOException {
        Path f = write(TRIANGLE.replace(original.strip(), broken.strip()));
        assertThatThrownBy(() -> MeshFileReader.read(f, null))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageStartingWith(f + ", line " + line + ", " + element.strip() + ": ")
                .hasMessageContaining(problem.strip());
    }

    @Test
    void notXmlIsRefusedWithItsLine() throws IOException {
        Path f = write("solid cube\n  facet normal 0 0 1\n");
        assertThatThrownBy(() -> MeshFileReader.read(f, null))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageStartingWith(f + ", line 1: not well-formed XML");
    }

    @Test
    void anotherRootElementIsNotCollada() throws IOException {
        Path f = write("<?xml version=\"1.0\"?>\n<robot name=\"r\"/>\n");
        assertThatThrownBy(() -> MeshFileReader.read(f, null))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessage(f + ", line 2, <robot>: a COLLADA file starts with <COLLADA>");
    }

    @Test
    void aSceneWithoutTrianglesIsAnError() throws IOException {
        Path f = write(TRIANGLE.replace("<node id=\"n\"><instance_geometry url=\"#g\"/></node>", "<node id=\"n\"/>"));
        assertThatThrownBy(() -> MeshFileReader.read(f, null))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("<COLLADA>: the COLLADA file has no triangles");
    }

    @Test
    void aNodeThatInstancesItselfIsRefused() throws IOException {
        Path f = write(TRIANGLE.replace("<node id=\"n\"><instance_geometry url=\"#g\"/></node>",
                "<node id=\"n\"><instance_node url=\"#n\"/></node>"));
        assertThatThrownBy(() -> MeshFileReader.read(f, null))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("line 18, <node>: the node instances itself");
    }

    @Test
    void aDoctypeIsRefusedAsInEveryDescription() throws IOException {
        Path f = write(TRIANGLE.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\"?><!DOCTYPE COLLADA [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"));
        assertThatThrownBy(() -> MeshFileReader.read(f, null))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("not well-formed XML");
    }
}
