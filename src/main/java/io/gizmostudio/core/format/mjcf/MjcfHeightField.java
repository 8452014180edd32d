package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.mesh.MeshLocator;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.TriangleMesh;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * An MJCF {@code <hfield>} asset as a closed triangle mesh, the way MuJoCo reads it:
 * {@code size="rx ry top base"} spans x ∈ [-rx, rx] over the columns and y ∈ [-ry, ry] over the rows; the
 * elevations are normalised to 0 … 1 and scaled by {@code top}; the solid reaches down to z = -base.
 * The elevations come from the inline {@code elevation} (nrow × ncol numbers, first row at the top,
 * i.e. at +y), a PNG (grey level; for a colour image the red channel, as MuJoCo's PNG decoder takes it;
 * the top image row at +y) or MuJoCo's binary file (int32 nrow, int32 ncol, then nrow·ncol float32,
 * little-endian, first row at -y).
 */
final class MjcfHeightField {
    private MjcfHeightField() {
    }

    /** Reads the hfield asset {@code h}; files are resolved against {@code folder}, inside {@code locator}'s boundary. */
    static TriangleMesh read(XmlElement h, String name, Path folder, MeshLocator locator) {
        double[] size = h.numbers("size", 4);
        if (size == null) {
            throw h.error("missing attribute 'size' (radius x, radius y, elevation, base)");
        }
        for (double s : size) {
            if (!(s > 0)) {
                throw h.error("every size of a height field must be positive: " + h.attribute("size").orElse(""));
            }
        }
        Grid grid = h.attribute("file").map(f -> fromFile(h, heightFile(h, f, folder, locator))).orElseGet(() -> inline(h));
        return mesh(name, grid.normalised(), size);
    }

    /** Elevations row by row, row 0 at -y. */
    private record Grid(int rows, int cols, double[] data) {
        Grid normalised() {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double d : data) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
            double[] out = new double[data.length];
            for (int i = 0; i < data.length; i++) {
                out[i] = max - min > 1e-15 ? (data[i] - min) / (max - min) : 0;
            }
            return new Grid(rows, cols, out);
        }
    }

    private static Grid inline(XmlElement h) {
        int rows = (int) h.number("nrow", 0);
        int cols = (int) h.number("ncol", 0);
        if (rows < 2 || cols < 2) {
            throw h.error("a height field without a file needs nrow and ncol of at least 2");
        }
        double[] elevation = h.numbers("elevation");
        if (elevation == null) {
            return new Grid(rows, cols, new double[rows * cols]);
        }
        if (elevation.length != rows * cols) {
            throw h.error("elevation has " + elevation.length + " numbers, expected nrow·ncol = " + rows * cols);
        }
        // the attribute lists the top row (+y) first
        double[] data = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(elevation, r * cols, data, (rows - 1 - r) * cols, cols);
        }
        return new Grid(rows, cols, data);
    }

    /** The file of a height field; a missing one is left to {@link #fromFile}, a refused one is an error here. */
    private static Path heightFile(XmlElement h, String reference, Path folder, MeshLocator locator) {
        MeshLocator.Located l = locator.locate(reference, folder);
        if (l.found()) {
            return l.file();
        }
        if (l.problem().startsWith("file not found")) {
            return folder.toAbsolutePath().resolve(reference).normalize();
        }
        throw h.error("height field file refused: " + l.problem());
    }

    private static Grid fromFile(XmlElement h, Path file) {
        if (!Files.isRegularFile(file)) {
            throw h.error("height field file not found: " + file);
        }
        try {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? png(h, file) : binary(h, file);
        } catch (IOException e) {
            throw h.error("cannot read height field file " + file + ": " + e.getMessage());
        }
    }

    private static Grid png(XmlElement h, Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw h.error("not a readable PNG image: " + file);
        }
        int rows = image.getHeight(), cols = image.getWidth();
        if (rows < 2 || cols < 2) {
            throw h.error("a height field image needs at least 2×2 pixels: " + file);
        }
        boolean grey = image.getRaster().getNumBands() <= 2 && !(image.getColorModel() instanceof IndexColorModel);
        double[] data = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double level = grey ? image.getRaster().getSample(c, r, 0) : (image.getRGB(c, r) >> 16) & 0xff;
                data[(rows - 1 - r) * cols + c] = level; // the image's top row is +y
            }
        }
        return new Grid(rows, cols, data);
    }

    private static Grid binary(XmlElement h, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 8) {
            throw h.error("height field file has no header: " + file);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int rows = in.getInt(), cols = in.getInt();
        if (rows < 2 || cols < 2 || (long) rows * cols * 4 + 8 != bytes.length) {
            throw h.error("height field file " + file + " says " + rows + "×" + cols + " but holds " + bytes.length + " bytes");
        }
        double[] data = new double[rows * cols];
        for (int i = 0; i < data.length; i++) {
            float f = in.getFloat();
            if (!Float.isFinite(f)) {
                throw h.error("height field file " + file + " holds a non-finite elevation at index " + i);
            }
            data[i] = f;
        }
        return new Grid(rows, cols, data);
    }

    /**
     * The top surface over the grid, a wall down each border and a bottom fanned from its centre: closed
     * and facing outward, with the border walls sharing the surface's border vertices' x and y.
     */
    private static TriangleMesh mesh(String name, Grid g, double[] size) {
        int rows = g.rows(), cols = g.cols();
        int[] border = border(rows, cols);
        int top = rows * cols;
        double[] v = new double[3 * (top + border.length + 1)];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                v[3 * i] = size[0] * (2.0 * c / (cols - 1) - 1);
                v[3 * i + 1] = size[1] * (2.0 * r / (rows - 1) - 1);
                v[3 * i + 2] = size[2] * g.data()[i];
            }
        }
        for (int k = 0; k < border.length; k++) {
            int b = top + k;
            v[3 * b] = v[3 * border[k]];
            v[3 * b + 1] = v[3 * border[k] + 1];
            v[3 * b + 2] = -size[3];
        }
        int centre = top + border.length;
        v[3 * centre + 2] = -size[3];
        int[] t = new int[3 * (2 * (rows - 1) * (cols - 1) + 3 * border.length)];
        int i = 0;
        for (int r = 0; r < rows - 1; r++) {
            for (int c = 0; c < cols - 1; c++) {
                int a = r * cols + c;
                i = put(t, i, a, a + 1, a + cols + 1);
                i = put(t, i, a, a + cols + 1, a + cols);
            }
        }
        for (int k = 0; k < border.length; k++) {
            int next = (k + 1) % border.length;
            i = put(t, i, border[k], top + k, top + next);
            i = put(t, i, border[k], top + next, border[next]);
            i = put(t, i, centre, top + next, top + k);
        }
        return new TriangleMesh(name, v, t);
    }

    /** Indices of the grid's border vertices, counter-clockwise seen from above, starting at (row 0, col 0). */
    private static int[] border(int rows, int cols) {
        int[] out = new int[2 * (rows - 1) + 2 * (cols - 1)];
        int k = 0;
        for (int c = 0; c < cols - 1; c++) {
            out[k++] = c;
        }
        for (int r = 0; r < rows - 1; r++) {
            out[k++] = r * cols + cols - 1;
        }
        for (int c = cols - 1; c > 0; c--) {
            out[k++] = (rows - 1) * cols + c;
        }
        for (int r = rows - 1; r > 0; r--) {
            out[k++] = r * cols;
        }
        return out;
    }

    private static int put(int[] t, int i, int a, int b, int c) {
        t[i] = a;
        t[i + 1] = b;
        t[i + 2] = c;
        return i + 3;
    }
}
