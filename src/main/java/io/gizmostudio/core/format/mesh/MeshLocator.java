package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.format.xml.XmlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the file a mesh reference of one robot description points at, inside a boundary: a description is
 * data from anywhere, and a mesh path must not make the app read {@code /etc/passwd} or a file the user never
 * meant to share. Files resolve only inside the <em>roots</em>: the description's folder tree, the package the
 * description lives in (the nearest folder above it holding a {@code package.xml}), and the package folders of
 * {@link ReadOptions} (ROS_PACKAGE_PATH entries, folders the user allows).
 *
 * <p>Plain paths are relative to a base folder (the description's, or MJCF's meshdir); {@code file://} URIs and
 * absolute paths are taken as written; {@code package://pkg/rest} (and Gazebo's {@code model://}) is
 * {@code rest} inside package {@code pkg}: a folder above the description named {@code pkg} or whose
 * {@code package.xml} names it, a package of that name next to one of those folders, or a package folder
 * named {@code pkg} or inside an allowed folder; failing those, {@code rest} inside the description's own folder
 * tree or package. Everything is refused that lands outside the roots: {@code ..} escapes, absolute paths and
 * {@code file://} URIs elsewhere, symbolic links whose real path leaves the roots, anything that is not a
 * regular file (a FIFO would block the reader), {@code http(s)://} and other schemes. The check happens before
 * a file is opened, so a refused file is never read.
 */
public final class MeshLocator {
    private static final long PACKAGE_XML_MAX_BYTES = 1L << 20;

    private final Path modelFolder;
    private final Path ownPackage;
    private final List<Path> packageFolders = new ArrayList<>();
    private final List<Path> roots = new ArrayList<>();
    private final long maxMeshBytes;
    /** The package each folder's package.xml names ("" for none), read once per folder. */
    private final Map<Path, String> manifestNames = new HashMap<>();

    /** The boundary for meshes of {@code description} under {@code options}. */
    public MeshLocator(Path description, ReadOptions options) {
        this.modelFolder = description.toAbsolutePath().normalize().getParent();
        this.maxMeshBytes = options.maxMeshBytes();
        Path pkg = null;
        for (Path a = modelFolder; a != null && pkg == null; a = a.getParent()) {
            if (Files.isRegularFile(a.resolve("package.xml"))) {
                pkg = a;
            }
        }
        this.ownPackage = pkg;
        roots.add(modelFolder);
        if (pkg != null) {
            roots.add(pkg);
        }
        for (Path f : options.packageFolders()) {
            Path p = f.toAbsolutePath().normalize();
            packageFolders.add(p);
            roots.add(p);
        }
    }

    /** Where a reference led: the file to read, or why there is none (missing, refused, too big). */
    public record Located(Path file, String problem) {
        public boolean found() {
            return file != null;
        }

        static Located refused(String why) {
            return new Located(null, why);
        }
    }

    /** Resolves {@code reference} (plain paths against {@code baseFolder}); never throws for a bad reference. */
    public Located locate(String reference, Path baseFolder) {
        String ref = reference.strip();
        String lower = ref.toLowerCase(Locale.ROOT);
        if (lower.startsWith("package://") || lower.startsWith("model://")) {
            return inPackage(ref, ref.substring(ref.indexOf("://") + 3));
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return Located.refused("remote meshes are not fetched (" + ref + ")");
        }
        Path candidate;
        try {
            if (lower.startsWith("file://")) {
                candidate = fileUri(ref, baseFolder);
            } else if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
                return Located.refused("the URI scheme of '" + ref + "' is not read (plain paths, file://, package://)");
            } else {
                candidate = baseFolder.toAbsolutePath().resolve(ref);
            }
        } catch (InvalidPathException | URISyntaxException e) {
            return Located.refused("not a file path: " + ref);
        }
        return checked(candidate.normalize(), null);
    }

    /**
     * For callers that want an error rather than a warning (height fields, which MuJoCo needs to build the model):
     * the file, or an error at {@code where} saying why there is none.
     */
    public Path require(XmlElement where, String reference, Path baseFolder) {
        Located l = locate(reference, baseFolder);
        if (!l.found()) {
            throw where.error(l.problem());
        }
        return l.file();
    }

    private static Path fileUri(String ref, Path baseFolder) throws URISyntaxException {
        String rest = ref.substring("file://".length());
        if (rest.startsWith("localhost/")) {
            rest = rest.substring("localhost".length());
        }
        if (rest.startsWith("/")) {
            return ref.contains("%") ? Path.of(new URI("file://" + rest).getPath()) : Path.of(rest);
        }
        return baseFolder.toAbsolutePath().resolve(rest); // file://meshes/a.stl, as some exporters write it
    }

    private Located inPackage(String ref, String rest) {
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            return Located.refused("malformed package URI: " + ref);
        }
        String pkg = rest.substring(0, slash);
        String inside = rest.substring(slash + 1);
        List<Path> packages = new ArrayList<>();
        for (Path a = modelFolder; a != null; a = a.getParent()) {
            if (names(a, pkg, true)) {
                packages.add(a);
            }
            if (names(a.resolve(pkg), pkg, false)) {
                packages.add(a.resolve(pkg)); // a sibling package in the same workspace
            }
        }
        for (Path f : packageFolders) {
            if (names(f, pkg, true)) {
                packages.add(f);
            }
            if (Files.isDirectory(f.resolve(pkg))) {
                packages.add(f.resolve(pkg)); // the user allowed f, so whatever it holds is theirs to open
            }
        }
        Located refusal = null;
        try {
            for (Path p : packages) {
                Located l = checked(p.resolve(inside).normalize(), p);
                if (l.found() || !l.problem().startsWith(NOT_FOUND)) {
                    return l;
                }
            }
            // no package of that name here: the file as it sits inside the description's own folder tree or package
            for (Path a = modelFolder; a != null && insideRoots(a, null); a = a.getParent()) {
                Located l = checked(a.resolve(inside).normalize(), null);
                if (l.found()) {
                    return l;
                }
                if (!l.problem().startsWith(NOT_FOUND) && refusal == null) {
                    refusal = l;
                }
            }
        } catch (InvalidPathException e) {
            return Located.refused("not a file path: " + ref);
        }
        if (refusal != null) {
            return refusal;
        }
        return new Located(null, NOT_FOUND + (packages.isEmpty()
                ? " (no package '" + pkg + "' in the folders above " + modelFolder + " or the allowed package folders)"
                : " in package '" + pkg + "' at " + packages.get(0)));
    }

    private static final String NOT_FOUND = "file not found";

    /** Is {@code folder} package {@code pkg}: its package.xml names it, or ({@code byName}) the folder is called so. */
    private boolean names(Path folder, String pkg, boolean byName) {
        if (byName && folder.getFileName() != null && folder.getFileName().toString().equals(pkg) && Files.isDirectory(folder)) {
            return true;
        }
        return pkg.equals(manifestNames.computeIfAbsent(folder, MeshLocator::manifestName));
    }

    private static String manifestName(Path folder) {
        Path manifest = folder.resolve("package.xml");
        try {
            if (!Files.isRegularFile(manifest) || Files.size(manifest) > PACKAGE_XML_MAX_BYTES) {
                return "";
            }
            try (InputStream in = Files.newInputStream(manifest)) {
                XmlTreeReader.Parsed parsed = XmlTreeReader.parse(manifest, in, true);
                Optional<XmlElement> name = parsed.root().child("name");
                return name.isPresent() ? parsed.leafTexts().getOrDefault(name.get(), "").strip() : "";
            }
        } catch (IOException | RuntimeException e) {
            return ""; // a package.xml that cannot be read names no package
        }
    }

    /**
     * {@code candidate} (absolute, normalised) if it is inside the roots (or {@code packageRoot}), exists as a
     * regular file whose real path is inside them too, and is within the size limit.
     */
    private Located checked(Path candidate, Path packageRoot) {
        if (!insideRoots(candidate, packageRoot)) {
            return Located.refused("outside the model's folder and the allowed package folders: " + candidate);
        }
        if (!Files.exists(candidate)) {
            return new Located(null, NOT_FOUND + ": " + candidate);
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            return Located.refused("cannot resolve " + candidate + ": " + e.getMessage());
        }
        if (!insideRealRoots(real, packageRoot)) {
            return Located.refused(candidate + " is a link to " + real + ", outside the model's folder and the allowed package folders");
        }
        if (!Files.isRegularFile(real)) {
            return Located.refused("not a regular file: " + candidate);
        }
        try {
            long size = Files.size(real);
            if (size > maxMeshBytes) {
                return Located.refused(candidate + " is " + ReadOptions.megabytes(size) + ", over the mesh file limit of "
                        + ReadOptions.megabytes(maxMeshBytes) + " (ReadOptions.maxMeshBytes)");
            }
        } catch (IOException e) {
            return Located.refused("cannot read the size of " + candidate + ": " + e.getMessage());
        }
        return new Located(candidate, null);
    }

    private boolean insideRoots(Path p, Path packageRoot) {
        if (packageRoot != null && p.startsWith(packageRoot)) {
            return true;
        }
        for (Path r : roots) {
            if (p.startsWith(r)) {
                return true;
            }
        }
        return false;
    }

    private boolean insideRealRoots(Path real, Path packageRoot) {
        List<Path> all = new ArrayList<>(roots);
        if (packageRoot != null) {
            all.add(packageRoot);
        }
        for (Path r : all) {
            try {
                if (Files.exists(r) && real.startsWith(r.toRealPath())) {
                    return true;
                }
            } catch (IOException e) {
                // a root that cannot be resolved holds nothing
            }
        }
        return false;
    }

    /** The description's folder, the root every plain path starts from. */
    public Path modelFolder() {
        return modelFolder;
    }

    /** The package the description lives in, when a folder above it holds a package.xml. */
    public Optional<Path> ownPackage() {
        return Optional.ofNullable(ownPackage);
    }
}
