package io.gizmostudio.core.format.xacro;

import io.gizmostudio.core.format.xml.XmlElement;
import java.nio.file.Path;
import java.util.List;

/**
 * A expanded xacro description: the plain URDF {@code <robot>} element (each element keeps the file and line it was
 * written at, inside a macro or an included file), the arguments the files declared, and every file read.
 */
public record XacroExpansion(XmlElement robot, List<XacroArgument> declaredArguments, List<Path> filesRead) {
    public XacroExpansion {
        declaredArguments = List.copyOf(declaredArguments);
        filesRead = List.copyOf(filesRead);
    }
}
