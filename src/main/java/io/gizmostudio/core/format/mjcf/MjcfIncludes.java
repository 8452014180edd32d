package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.format.xml.XmlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Expands MJCF {@code <include file="…"/>} in place: the included file's root element ({@code <mujoco>})
 * is dropped and its children take the include's place. Paths are relative to the main model's folder,
 * as in MuJoCo; including a file twice along one chain is an error rather than an endless loop.
 */
final class MjcfIncludes {
    private MjcfIncludes() {
    }

    static void expand(XmlElement element, Path folder, Set<Path> chain, ReadOptions options) {
        for (XmlElement child : new ArrayList<>(element.children())) {
            if (child.name().equals("include")) {
                Path included = folder.resolve(child.required("file")).normalize();
                if (!chain.add(included)) {
                    throw child.error("include loop through " + included);
                }
                XmlElement root;
                try {
                    root = XmlTreeReader.read(included, options.maxDescriptionBytes());
                    MjcfNesting.check(root, options);
                } catch (RobotDescriptionException e) {
                    throw new RobotDescriptionException(child.file(), child.line(), "include",
                            "included file cannot be read: " + e.getMessage(), e);
                }
                expand(root, folder, chain, options);
                chain.remove(included);
                element.replaceChild(child, List.copyOf(root.children()));
            } else {
                expand(child, folder, chain, options);
            }
        }
    }
}
