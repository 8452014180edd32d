package io.gizmostudio.core.format.xacro;

import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.format.xml.XmlTreeReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code <xacro:arg>} elements a xacro file declares, found without expanding it: what an open dialog offers
 * before the first expansion (which could fail for want of a required argument). Only the file itself is read;
 * published descriptions declare the arguments a user sets in their top-level file, and an argument declared in an
 * included file still takes its default (or a value given by name).
 */
public final class XacroArguments {
    private XacroArguments() {
    }

    /** The arguments {@code file} declares, in document order, the first declaration of a name winning, as in xacro. */
    public static List<XacroArgument> declaredIn(Path file) {
        XmlElement root = XmlTreeReader.read(file, XacroSubstitution.MAX_FILE_BYTES);
        XacroSource source = XacroExpander.sourceOf(file, root);
        Map<String, XacroArgument> found = new LinkedHashMap<>();
        collect(root, source, found);
        return List.copyOf(found.values());
    }

    private static void collect(XmlElement element, XacroSource source, Map<String, XacroArgument> found) {
        for (XmlElement child : element.children()) {
            if ("arg".equals(source.xacroTag(child.name()))) {
                String name = child.required("name");
                found.putIfAbsent(name, new XacroArgument(name, child.attribute("default")));
            } else {
                collect(child, source, found);
            }
        }
    }
}
