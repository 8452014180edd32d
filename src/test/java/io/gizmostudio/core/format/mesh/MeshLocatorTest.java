package io.gizmostudio.core.format.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.format.ReadOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mesh boundary: what resolves (the model's folder tree, its package, package:// by package.xml or folder name,
 * ROS_PACKAGE_PATH and user folders) and every form of escape that is refused before anything is opened.
 * Layout: {@code ws/src/arm_description/{package.xml, urdf/arm.urdf, meshes/}}, a sibling package
 * {@code ws/src/arm_meshes}, and {@code outside/secret.stl} next to the workspace.
 */
class MeshLocatorTest {
    @TempDir Path dir;
    private Path pkg;
    private Path urdfFolder;
    private Path description;
    private Path secret;

    @BeforeEach
    void layout() throws IOException {
        pkg = dir.resolve("ws/src/arm_description");
        urdfFolder = pkg.resolve("urdf");
        Files.createDirectories(urdfFolder);
        Files.writeString(pkg.resolve("package.xml"), "<package format='3'><name>arm_description</name></package>");
        description = Files.writeString(urdfFolder.resolve("arm.urdf"), "<robot name='arm'/>");
        MeshFixtures.binaryStl(urdfFolder.resolve("near.stl"), 1);
        MeshFixtures.binaryStl(pkg.resolve("meshes/base.stl"), 1);
        Path sibling = dir.resolve("ws/src/renamed_folder");
        Files.createDirectories(sibling);
        Files.writeString(sibling.resolve("package.xml"), "<package><name>arm_meshes</name></package>");
        MeshFixtures.binaryStl(sibling.resolve("meshes/gripper.stl"), 1);
        secret = MeshFixtures.binaryStl(dir.resolve("outside/secret.stl"), 1);
    }

    private MeshLocator.Located locate(String reference) {
        return new MeshLocator(description, ReadOptions.defaults()).locate(reference, urdfFolder);
    }

    @Test
    void plainPathsInsideTheModelFolderAndItsPackageResolve() {
        assertThat(locate("near.stl").file()).isEqualTo(urdfFolder.resolve("near.stl"));
        // ../meshes stays inside the package the description lives in (the folder holding package.xml)
        assertThat(locate("../meshes/base.stl").file()).isEqualTo(pkg.resolve("meshes/base.stl"));
        assertThat(locate(pkg.resolve("meshes/base.stl").toString()).found()).isTrue();
        assertThat(locate("file://" + pkg.resolve("meshes/base.stl")).file()).isEqualTo(pkg.resolve("meshes/base.stl"));
    }

    @Test
    void packageUrisResolveByPackageXmlByFolderNameAndToSiblingPackages() throws IOException {
        assertThat(locate("package://arm_description/meshes/base.stl").file()).isEqualTo(pkg.resolve("meshes/base.stl"));
        // the sibling's folder has another name: its package.xml says which package it is
        assertThat(locate("package://arm_meshes/meshes/gripper.stl").found()).isFalse();
        Path ws = dir.resolve("ws/src");
        Files.move(ws.resolve("renamed_folder"), ws.resolve("arm_meshes"));
        assertThat(locate("package://arm_meshes/meshes/gripper.stl").file()).isEqualTo(ws.resolve("arm_meshes/meshes/gripper.stl"));
    }

    @Test
    void rosPackagePathAndUserFoldersAreRootsToo() throws IOException {
        Path elsewhere = dir.resolve("opt/ros/share");
        MeshFixtures.binaryStl(elsewhere.resolve("ur_description/meshes/shoulder.stl"), 1);
        MeshFixtures.binaryStl(dir.resolve("user/wheel.stl"), 1);
        ReadOptions options = ReadOptions.withRosPackagePath(elsewhere + File.pathSeparator + "")
                .withPackageFolders(List.of(dir.resolve("user")));
        MeshLocator locator = new MeshLocator(description, options);
        assertThat(locator.locate("package://ur_description/meshes/shoulder.stl", urdfFolder).file())
                .isEqualTo(elsewhere.resolve("ur_description/meshes/shoulder.stl"));
        assertThat(locator.locate(dir.resolve("user/wheel.stl").toString(), urdfFolder).found()).isTrue();
        assertThat(locate(dir.resolve("user/wheel.stl").toString()).found()).as("not allowed without the option").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "../../../../outside/secret.stl",
        "../../../../../../../../../../../../../etc/passwd",
        "meshes/../../../../../outside/secret.stl",
        "package://arm_description/../../../outside/secret.stl",
        "package://outside/secret.stl"})
    void dotDotEscapesAreRefused(String reference) {
        MeshLocator.Located l = locate(reference);
        assertThat(l.found()).isFalse();
        assertThat(l.problem()).containsAnyOf("outside the model's folder", "file not found");
        assertThat(l.problem()).doesNotContain("link to");
    }

    @Test
    void absolutePathsAndFileUrisOutsideTheRootsAreRefused() {
        for (String reference : List.of(secret.toString(), "file://" + secret, "file://localhost" + secret, "/etc/passwd",
                "file:///etc/passwd")) {
            MeshLocator.Located l = locate(reference);
            assertThat(l.found()).as(reference).isFalse();
            assertThat(l.problem()).as(reference).contains("outside the model's folder and the allowed package folders");
        }
    }

    @Test
    void aSymlinkInsideWhoseRealPathEscapesIsRefused() throws IOException {
        Path link = urdfFolder.resolve("innocent.stl");
        Files.createSymbolicLink(link, secret);
        Path folderLink = pkg.resolve("shared");
        Files.createSymbolicLink(folderLink, secret.getParent());
        assertThat(locate("innocent.stl").problem()).contains("is a link to").contains(secret.toString());
        assertThat(locate("../shared/secret.stl").problem()).contains("is a link to");
        // a link that stays inside is fine
        Files.createSymbolicLink(urdfFolder.resolve("alias.stl"), pkg.resolve("meshes/base.stl"));
        assertThat(locate("alias.stl").found()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/base.stl", "https://example.com/base.stl", "HTTPS://example.com/x.dae",
        "ftp://example.com/base.stl", "package://", "package://nameonly"})
    void remoteAndUnknownUrisAreRefused(String reference) {
        MeshLocator.Located l = locate(reference);
        assertThat(l.found()).isFalse();
        assertThat(l.problem()).isNotBlank();
    }

    @Test
    void aFifoInsideTheRootsIsRefusedAsNotARegularFile() throws Exception {
        MeshFixtures.fifo(urdfFolder.resolve("pipe.stl"));
        assertThat(locate("pipe.stl").problem()).startsWith("not a regular file");
    }

    @Test
    void aMeshOverTheSizeLimitIsRefusedNamingTheLimit() throws IOException {
        MeshFixtures.binaryStl(urdfFolder.resolve("big.stl"), 100); // 5084 bytes
        MeshLocator small = new MeshLocator(description, ReadOptions.defaults().withMaxMeshBytes(4096));
        assertThat(small.locate("big.stl", urdfFolder).problem()).contains("big.stl").contains("ReadOptions.maxMeshBytes");
        assertThat(small.locate("near.stl", urdfFolder).found()).isTrue();
    }

    @Test
    void aMissingMeshSaysWhereItWasLookedFor() {
        assertThat(locate("gone.stl").problem()).startsWith("file not found").contains(urdfFolder.resolve("gone.stl").toString());
        assertThat(locate("package://nobody/meshes/x.stl").problem()).startsWith("file not found").contains("no package 'nobody'");
    }
}
