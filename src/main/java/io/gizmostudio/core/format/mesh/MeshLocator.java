package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.xml.XmlElement;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the file a mesh reference points at. Plain paths are relative to a base folder;
 * {@code file://} URIs are absolute; {@code package://pkg/rest} is looked up in the description's
 * ancestor folders — first as {@code <ancestor>/pkg/rest}, then (the description lives inside the
 * package) as {@code <ancestor>/rest} where the ancestor is named {@code pkg}, then as {@code <ancestor>/rest}.
 */
public final class MeshLocator {
    private MeshLocator() {
    }

    public static Path locate(XmlElement where, Path description, Path baseFolder, String reference) {
        if (reference.startsWith("package://")) {
            String rest = reference.substring("package://".length());
            int slash = rest.indexOf('/');
            if (slash <= 0) {
                throw where.error("malformed package URI: " + reference);
            }
            String pkg = rest.substring(0, slash);
            String inside = rest.substring(slash + 1);
            Path folder = description.toAbsolutePath().getParent();
            for (Path a = folder; a != null; a = a.getParent()) {
                if (Files.isRegularFile(a.resolve(pkg).resolve(inside))) {
                    return a.resolve(pkg).resolve(inside);
                }
                if (a.getFileName() != null && a.getFileName().toString().equals(pkg) && Files.isRegularFile(a.resolve(inside))) {
                    return a.resolve(inside);
                }
            }
            for (Path a = folder; a != null; a = a.getParent()) {
                if (Files.isRegularFile(a.resolve(inside))) {
                    return a.resolve(inside);
                }
            }
            throw where.error("mesh not found for " + reference + " in the folders above " + folder);
        }
        Path p = reference.startsWith("file://") ? Path.of(reference.substring("file://".length())) : baseFolder.resolve(reference);
        if (!Files.isRegularFile(p)) {
            throw where.error("mesh file not found: " + p);
        }
        return p;
    }
}
