package io.gizmostudio.core.format.xacro;

import io.gizmostudio.core.format.xml.XmlElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes small xacro files into a test's folder and expands them; shows expanded trees as one compact line. */
final class XacroFixtures {
    static final String OPEN = "<robot name=\"r\" xmlns:xacro=\"http://www.ros.org/wiki/xacro\">\n";
    static final String CLOSE = "\n</robot>\n";

    private XacroFixtures() {
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Expands {@code body} wrapped in a xacro {@code <robot>} as {@code robot.urdf.xacro} in {@code dir}. */
    static XmlElement expandBody(Path dir, String body) {
        return expandBody(dir, body, Map.of());
    }

    static XmlElement expandBody(Path dir, String body, Map<String, String> args) {
        return XacroExpander.expand(write(dir, "robot.urdf.xacro", OPEN + body + CLOSE), XacroOptions.isolated(args)).robot();
    }

    /** {@code <a x="1"><b/></a>} as {@code a[x=1](b)}: what the expansion made, without file and line. */
    static String compact(XmlElement e) {
        String attrs = e.attributes().isEmpty() ? "" : e.attributes().entrySet().stream()
                .map(a -> a.getKey() + "=" + a.getValue()).collect(Collectors.joining(",", "[", "]"));
        String kids = e.children().isEmpty() ? "" : e.children().stream().map(XacroFixtures::compact)
                .collect(Collectors.joining(" ", "(", ")"));
        return e.name() + attrs + kids;
    }

    static String compactChildren(XmlElement e) {
        return e.children().stream().map(XacroFixtures::compact).collect(Collectors.joining(" "));
    }

    static List<XmlElement> all(XmlElement root, String name) {
        return root.children(name);
    }
}
