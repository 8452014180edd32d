package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.format.bundle.BundleEntry;
import io.gizmostudio.core.format.mjcf.MjcfReader;
import io.gizmostudio.core.format.mjcf.MjcfWriter;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloatingRootTest {
    @TempDir
    Path dir;

    private Articulation readBack(Articulation a, String name) throws Exception {
        ExportedModel model = new MjcfWriter().writeAsset(a);
        Path folder = dir.resolve(name);
        for (BundleEntry e : model.files()) {
            Path p = folder.resolve(e.path());
            Files.createDirectories(p.getParent());
            Files.write(p, e.content());
        }
        return MjcfReader.read(folder.resolve(model.entrypoint()));
    }

    @Test
    void aFreeAssetReadBackIsTheAssetWithoutTheSixComponents() throws Exception {
        Articulation made = new AssetGenerator().generate("a mobile base with a 6-DOF arm", 1).articulation();
        Articulation read = readBack(made, "base");
        assertThat(read.joints()).extracting(Joint::name).contains("free_x", "free_rz");

        Articulation shown = FloatingRoot.withoutFreeJoint(read);
        assertThat(shown.root().name()).isEqualTo(made.root().name());
        assertThat(shown.joints()).extracting(Joint::name).doesNotContain("free_x", "free_y", "free_z", "free_rx", "free_ry", "free_rz");
        assertThat(shown.links()).extracting(Link::name).containsExactlyInAnyOrderElementsOf(made.links().stream().map(Link::name).toList());
        assertThat(shown.joints()).hasSameSizeAs(made.joints());
    }

    @Test
    void aFixedAssetIsLeftAsItIs() throws Exception {
        Articulation read = readBack(new AssetGenerator().generate("a steel cabinet with 2 drawers", 1).articulation(), "cabinet");
        assertThat(FloatingRoot.withoutFreeJoint(read)).isSameAs(read);
    }
}
