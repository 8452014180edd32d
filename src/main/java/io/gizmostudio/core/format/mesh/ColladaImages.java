package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Texture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The image files a COLLADA file's {@code <image><init_from>} elements name, read as {@link Texture}s.
 * A path resolves against the {@code .dae} file's folder and must stay inside that folder's tree: absolute
 * paths, URIs with a scheme and {@code ..} steps out of it are refused, so a mesh cannot make the reader
 * open an arbitrary file. Only PNG and JPEG images of at most {@value #MAX_SIDE} pixels a side and
 * {@value #MAX_BYTES} bytes are read. Each texture comes with its average colour, which is what is shown
 * where images are not drawn.
 */
final class ColladaImages {
    static final int MAX_SIDE = 8192;
    static final long MAX_BYTES = 64L << 20;

    /** A read image and its average colour. */
    record Image(Texture texture, Rgba average) {
    }

    private final ColladaDocument doc;
    private final Path folder;
    private static final Logger LOG = LoggerFactory.getLogger(ColladaImages.class);

    private final Map<XmlElement, Optional<Image>> read = new HashMap<>();

    ColladaImages(ColladaDocument doc, Path daeFile) {
        this.doc = doc;
        this.folder = daeFile.toAbsolutePath().normalize().getParent();
    }

    /**
     * The texture of {@code image} (an {@code <image>} element), or empty when its file does not exist (the
     * surface is then shown in its plain colour, as viewers do with a missing texture).
     */
    Optional<Image> image(XmlElement image) {
        return read.computeIfAbsent(image, this::load);
    }

    private Optional<Image> load(XmlElement image) {
        XmlElement init = image.child("init_from").orElseThrow(() -> image.error("<image> without <init_from>"));
        // COLLADA 1.5 wraps the URI in <ref>
        XmlElement uri = init.child("ref").orElse(init);
        Path file = inside(uri, doc.text(uri).trim());
        if (!Files.isRegularFile(file)) {
            LOG.warn("{}: the image file {} does not exist; the surface is shown without it", uri.file() + ":" + uri.line(), file);
            return Optional.empty();
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw uri.error("the image " + file.getFileName() + " is " + size + " bytes, more than the " + MAX_BYTES + " read");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw uri.error("the image " + file + " cannot be read: " + e.getMessage());
        }
        return Optional.of(new Image(new Texture(file.getFileName().toString(), bytes), average(uri, file, bytes)));
    }

    private Path inside(XmlElement where, String reference) {
        if (reference.isEmpty()) {
            throw where.error("the image names no file");
        }
        String path = reference;
        if (path.contains("%")) {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        if (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.contains(":") || path.startsWith("/") || path.startsWith("\\")) {
            throw where.error("the image '" + reference + "' is refused: only paths relative to the .dae file's folder are read");
        }
        Path file = folder.resolve(path.replace('\\', '/')).normalize();
        if (!file.startsWith(folder)) {
            throw where.error("the image '" + reference + "' is refused: it lies outside the .dae file's folder " + folder);
        }
        if (!Files.exists(file)) {
            return file;
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                throw where.error("the image '" + reference + "' is refused: it links to " + real + ", outside the .dae file's folder");
            }
        } catch (IOException e) {
            throw where.error("the image file " + file + " cannot be read: " + e.getMessage());
        }
        return file;
    }

    private static Rgba average(XmlElement where, Path file, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw where.error("the image " + file.getFileName() + " is neither PNG nor JPEG");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg")) {
                    throw where.error("the image " + file.getFileName() + " is " + format + "; PNG and JPEG are read");
                }
                reader.setInput(in, true, true);
                int w = reader.getWidth(0), h = reader.getHeight(0);
                if (w > MAX_SIDE || h > MAX_SIDE) {
                    throw where.error("the image " + file.getFileName() + " is " + w + "×" + h + ", larger than " + MAX_SIDE + " a side");
                }
                return mean(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw where.error("the image " + file.getFileName() + " cannot be decoded: " + e.getMessage());
        }
    }

    private static Rgba mean(BufferedImage img) {
        double r = 0, g = 0, b = 0;
        long n = (long) img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int argb = img.getRGB(x, y);
                r += (argb >> 16) & 0xff;
                g += (argb >> 8) & 0xff;
                b += argb & 0xff;
            }
        }
        return Rgba.rgb(r / n / 255, g / n / 255, b / n / 255);
    }
}
