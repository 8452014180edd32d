package io.gizmostudio.server.imports;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * An uploaded zip of a robot description (a ROS {@code *_description} package, a MuJoCo model folder, or one of this
 * app's own export bundles), unpacked into a private temporary folder that is deleted on {@link #close()}. Unpacking
 * refuses what a hostile zip does: entry paths that leave the folder ({@code ../}, absolute, drive letters), more
 * than {@link #MAX_ENTRIES} entries, and more than {@link #MAX_UNPACKED_BYTES} unpacked (a zip bomb). Symbolic links
 * cannot be made: every entry is written as a plain file.
 */
public final class UploadedBundle implements Closeable {
    public static final int MAX_ENTRIES = 20_000;
    public static final long MAX_UNPACKED_BYTES = 1L << 30;

    private final Path root;
    private final long maxUnpacked;

    private UploadedBundle(Path root, long maxUnpacked) {
        this.root = root;
        this.maxUnpacked = maxUnpacked;
    }

    /** The folder the zip was unpacked into. */
    public Path root() {
        return root;
    }

    /** Unpacks {@code zip} below {@code parent} (created if missing). */
    public static UploadedBundle unpack(byte[] zip, Path parent) throws InvalidBundleException, IOException {
        return unpack(zip, parent, MAX_UNPACKED_BYTES);
    }

    static UploadedBundle unpack(byte[] zip, Path parent, long maxUnpacked) throws InvalidBundleException, IOException {
        Files.createDirectories(parent);
        Path root = Files.createTempDirectory(parent, "import-").toRealPath();
        UploadedBundle bundle = new UploadedBundle(root, maxUnpacked);
        try {
            bundle.extract(zip);
            return bundle;
        } catch (InvalidBundleException | IOException | RuntimeException e) {
            bundle.close();
            throw e;
        }
    }

    private void extract(byte[] zip) throws InvalidBundleException, IOException {
        int entries = 0;
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new InvalidBundleException("the zip holds more than " + MAX_ENTRIES + " entries");
                }
                Path target = inside(e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        unpacked += n;
                        if (unpacked > maxUnpacked) {
                            throw new InvalidBundleException("the zip unpacks to more than " + (maxUnpacked >> 20) + " MiB");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new InvalidBundleException("the body is not a readable zip file (" + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw new InvalidBundleException("the body is not a zip file, or the zip is empty");
        }
    }

    private Path inside(String name) throws InvalidBundleException {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.contains("\0")) {
            throw new InvalidBundleException("the zip entry '" + name + "' has an absolute path");
        }
        Path target = root.resolve(n).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new InvalidBundleException("the zip entry '" + name + "' points outside the bundle");
        }
        return target;
    }

    /**
     * The robot description to read: {@code entry} when given (a path inside the zip); else the entry file an export
     * bundle's {@code manifest.json} names; else the one {@code .urdf} or MJCF/URDF {@code .xml} closest to the
     * zip's top (a package's {@code urdf/robot.urdf}). Several at the same depth must be chosen with {@code entry}.
     */
    public Path description(String entry) throws InvalidBundleException, IOException {
        if (entry != null && !entry.isBlank()) {
            Path p = inside(entry.strip());
            if (!Files.isRegularFile(p)) {
                throw new InvalidBundleException("the zip holds no file '" + entry.strip() + "'");
            }
            return p;
        }
        Path manifest = root.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            String text = Files.readString(manifest);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"entrypoint\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
            if (m.find() && Files.isRegularFile(inside(m.group(1)))) {
                return inside(m.group(1));
            }
        }
        List<Path> candidates = candidates();
        if (candidates.isEmpty()) {
            throw new InvalidBundleException("the zip holds no robot description (a .urdf file, or an .xml file whose root is"
                    + " <robot> or <mujoco>)");
        }
        int depth = candidates.get(0).getNameCount();
        List<Path> top = candidates.stream().filter(p -> p.getNameCount() == depth).toList();
        if (top.size() > 1) {
            throw new InvalidBundleException("the zip holds several robot descriptions at the same level; say which with"
                    + " ?entry=: " + String.join(", ", top.stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList()));
        }
        return top.get(0);
    }

    /** The path of {@code file} inside the zip, with forward slashes. */
    public String entryName(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private List<Path> candidates() throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.endsWith(".urdf") || (n.endsWith(".xml") && rootElement(file))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString));
        return found;
    }

    /** True when the file's first element is {@code <robot>} or {@code <mujoco>} (a cheap look at its first 4 KB). */
    private static boolean rootElement(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?s)<\\?.*?\\?>", "").replaceAll("(?s)<!--.*?-->", "").strip();
        return text.startsWith("<robot") || text.startsWith("<mujoco");
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The upload is not a zip this engine can import; the message says why, in the user's terms. */
    public static final class InvalidBundleException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidBundleException(String message) {
            super(message);
        }
    }
}
