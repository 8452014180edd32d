package io.gizmostudio.core.format.mesh;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * The {@code collada/coloured/} fixtures copied into a folder with the image the textured square shows,
 * {@code checker.png}: a 64×64 PNG whose bottom-left quarter is red, bottom-right green, top-left blue and
 * top-right yellow (written here rather than kept as a binary in the repository).
 */
public final class TexturedFixtures {
    public static final int RED = 0xff0000, GREEN = 0x00ff00, BLUE = 0x0000ff, YELLOW = 0xffff00;

    private TexturedFixtures() {
    }

    /** Copies the fixtures into {@code dir}, writes {@code checker.png} there, and returns {@code dir}. */
    public static Path copyTo(Path dir) {
        try {
            for (String name : new String[] {"three_colours.dae", "textured_quad.dae", "panels.urdf", "showroom.urdf"}) {
                Files.copy(ColladaReaderTest.fixture("coloured/" + name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            writeChecker(dir.resolve("checker.png"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeChecker(Path file) throws IOException {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                boolean top = y < 32, left = x < 32; // image rows run down from the top
                img.setRGB(x, y, top ? (left ? BLUE : YELLOW) : (left ? RED : GREEN));
            }
        }
        ImageIO.write(img, "png", file.toFile());
    }
}
