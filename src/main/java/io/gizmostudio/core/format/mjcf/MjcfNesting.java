package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.xml.NestingDepth;
import io.gizmostudio.core.format.xml.XmlElement;

/**
 * The MJCF nesting limit, checked without recursion before the reader's recursive walks (includes, defaults,
 * frames, bodies) start: bodies nested deeper than {@link ReadOptions#maxBodyDepth()}, or any elements nested
 * deeper than a few times that (frames and replicates between bodies, nested defaults), are a clear error
 * rather than a {@link StackOverflowError}.
 */
final class MjcfNesting {
    /** Elements allowed around each body level (frames, replicates) and around the whole tree. */
    private static final int ELEMENTS_PER_BODY = 4;
    private static final int ELEMENT_SLACK = 16;

    private MjcfNesting() {
    }

    static void check(XmlElement root, ReadOptions options) {
        int bodies = options.maxBodyDepth();
        NestingDepth.deeperThan(root, "body", bodies).ifPresent(b -> {
            throw b.error("bodies nested more than " + bodies + " deep, over the limit (ReadOptions.maxBodyDepth)");
        });
        int elements = ELEMENTS_PER_BODY * bodies + ELEMENT_SLACK;
        NestingDepth.deeperThan(root, null, elements).ifPresent(e -> {
            throw e.error("elements nested more than " + elements + " deep, over the limit of "
                    + ELEMENTS_PER_BODY + " per body level (ReadOptions.maxBodyDepth = " + bodies + ")");
        });
    }
}
