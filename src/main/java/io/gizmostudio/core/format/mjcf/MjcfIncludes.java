package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.mesh.MeshLocator;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.format.xml.XmlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Expands MJCF {@code <include file="…"/>} in place: the included file's root element ({@code <mujoco>})
 * is dropped and its children take the include's place. Paths are relative to the main model's folder,
 * as in MuJoCo. An included file is data from anywhere like a mesh, so it must lie inside the same boundary
 * ({@link MeshLocator}: the model's folder tree, its package, the allowed package folders; no {@code ..}, absolute
 * path or link out of them, nothing but a regular file), and it is checked before it is opened. Includes nest at most
 * {@value #MAX_INCLUDE_DEPTH} deep, and the model with everything it includes is at most
 * {@link ReadOptions#maxDescriptionBytes()}; including a file twice along one chain is an error rather than an
 * endless loop.
 */
final class MjcfIncludes {
    /** Deepest nesting of includes (a chain of files each including the next). */
    static final int MAX_INCLUDE_DEPTH = 20;

    private final Path folder;
    private final MeshLocator boundary;
    private final ReadOptions options;
    private long bytesLeft;

    private MjcfIncludes(Path model, ReadOptions options) {
        this.folder = model.toAbsolutePath().normalize().getParent();
        this.boundary = new MeshLocator(model, options);
        this.options = options;
        long own;
        try {
            own = Files.size(model);
        } catch (IOException e) {
            own = 0; // the model was just read; its size only counts towards the budget
        }
        this.bytesLeft = options.maxDescriptionBytes() - own;
    }

    /** Expands the includes of {@code mujoco}, the root element of {@code model}. */
    static void expand(XmlElement mujoco, Path model, ReadOptions options) {
        Set<Path> chain = new java.util.HashSet<>(Set.of(model.toAbsolutePath().normalize()));
        new MjcfIncludes(model, options).expand(mujoco, chain);
    }

    private void expand(XmlElement element, Set<Path> chain) {
        for (XmlElement child : new ArrayList<>(element.children())) {
            if (child.name().equals("include")) {
                if (chain.size() > MAX_INCLUDE_DEPTH) {
                    throw child.error("includes nested more than " + MAX_INCLUDE_DEPTH + " deep");
                }
                Path included = located(child);
                if (!chain.add(included)) {
                    throw child.error("include loop through " + included);
                }
                XmlElement root = read(child, included);
                expand(root, chain);
                chain.remove(included);
                element.replaceChild(child, List.copyOf(root.children()));
            } else {
                expand(child, chain);
            }
        }
    }

    /** The root of {@code included}, inside the size budget left. */
    private XmlElement read(XmlElement include, Path included) {
        long size;
        try {
            size = Files.size(included);
        } catch (IOException e) {
            throw include.error("included file cannot be read: " + included + ": " + e.getMessage());
        }
        if (size > bytesLeft) {
            throw include.error("the model and its includes come to more than "
                    + ReadOptions.megabytes(options.maxDescriptionBytes()) + " (ReadOptions.maxDescriptionBytes) with " + included);
        }
        bytesLeft -= size;
        try {
            XmlElement root = XmlTreeReader.read(included, options.maxDescriptionBytes());
            MjcfNesting.check(root, options);
            return root;
        } catch (RobotDescriptionException e) {
            throw new RobotDescriptionException(include.file(), include.line(), "include",
                    "included file cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file an include names, inside the boundary; an error at the include saying why not. */
    private Path located(XmlElement include) {
        MeshLocator.Located l = boundary.locate(include.required("file"), folder);
        if (!l.found()) {
            throw include.error("included file " + l.problem());
        }
        return l.file();
    }
}
