package io.gizmostudio.core.format.mesh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Mesh files written by the reader tests themselves: a binary STL of n triangles, a FIFO. */
public final class MeshFixtures {
    private MeshFixtures() {
    }

    /** Writes a binary STL of {@code triangles} triangles (84 + 50·n bytes) at {@code file}, folders included. */
    public static Path binaryStl(Path file, int triangles) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(84 + 50 * triangles).order(ByteOrder.LITTLE_ENDIAN);
        b.position(80);
        b.putInt(triangles);
        for (int t = 0; t < triangles; t++) {
            b.position(84 + 50 * t + 12);
            float[] v = {0, 0, t, 0.1f, 0, t, 0, 0.1f, t};
            for (float f : v) {
                b.putFloat(f);
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, b.array());
        return file;
    }

    /**
     * Makes a FIFO at {@code file}: opening it for reading blocks until someone writes, so a reader that opens it
     * hangs (and the test's timeout fails) — proof that a refused path is never opened. Skips without mkfifo.
     */
    public static Path fifo(Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this system: " + e.getMessage());
            return file;
        }
        Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        return file;
    }
}
