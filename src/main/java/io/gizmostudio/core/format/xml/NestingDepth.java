package io.gizmostudio.core.format.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * How deep elements nest, measured without recursion: a hostile file of 100,000 nested bodies must give a clear
 * error, not a {@link StackOverflowError} in whatever walks the tree next. Readers check this before recursing.
 */
public final class NestingDepth {
    private NestingDepth() {
    }

    /**
     * The first element (in document order) that sits more than {@code maxDepth} deep, counting only elements
     * called {@code name} on the way down ({@code root} included), or every element when {@code name} is null.
     */
    public static Optional<XmlElement> deeperThan(XmlElement root, String name, int maxDepth) {
        Deque<XmlElement> elements = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        elements.push(root);
        depths.push(counts(root, name) ? 1 : 0);
        while (!elements.isEmpty()) {
            XmlElement e = elements.pop();
            int depth = depths.pop();
            if (depth > maxDepth) {
                return Optional.of(e);
            }
            var children = e.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                XmlElement c = children.get(i);
                elements.push(c);
                depths.push(depth + (counts(c, name) ? 1 : 0));
            }
        }
        return Optional.empty();
    }

    private static boolean counts(XmlElement e, String name) {
        return name == null || e.name().equals(name);
    }
}
