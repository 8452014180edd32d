package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.model.Articulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Inline MJCF text for reader tests: written to {@code model.xml} in a test folder and read back. */
final class MjcfFixtures {
    private MjcfFixtures() {
    }

    static Articulation read(Path dir, String xml) throws IOException {
        Path p = dir.resolve("model.xml");
        Files.writeString(p, xml);
        return MjcfReader.read(p);
    }
}
