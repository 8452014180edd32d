package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationBuilder;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import java.util.List;

/**
 * A link together with the joint that carries it: a drawer on its slide, a door on its hinge, a roller on
 * its axle. Families collect these while they add fixed parts to the root link, then assemble the tree
 * with the root first.
 */
record AttachedLink(Link link, Joint joint) {

    static Articulation assemble(String name, Link root, List<AttachedLink> parts) {
        ArticulationBuilder b = new ArticulationBuilder(name).link(root);
        for (AttachedLink p : parts) {
            b.link(p.link()).joint(p.joint());
        }
        return b.build();
    }
}
