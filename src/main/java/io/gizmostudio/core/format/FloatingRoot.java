package io.gizmostudio.core.format;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.scene.Mobility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A free-floating asset as the app shows it: the readers spell an MJCF free joint on the root body as six
 * components through frame-only links from a {@code world} root ({@link MultiDofJoint}); where the articulation is
 * the asset itself (a preview, a scene placement, which places the asset's root anyway), that chain is taken off
 * and the body becomes the root, so no "free_x … free_rz" sliders or links appear. Anything else is left as it is.
 */
public final class FloatingRoot {
    private static final List<String> SUFFIXES = List.of("_x", "_y", "_z", "_rx", "_ry", "_rz");

    private FloatingRoot() {
    }

    /** {@code a} without its root free joint, or {@code a} itself when it has none. */
    public static Articulation withoutFreeJoint(Articulation a) {
        return chain(a).map(c -> new Articulation(a.name(),
                a.links().stream().filter(l -> !c.links().contains(l.name())).toList(),
                a.joints().stream().filter(j -> !c.joints().contains(j.name())).toList(), a.metadata(),
                withoutKeys(a.initialPositions(), c.joints()))).orElse(a);
    }

    /**
     * What a viewer shows of a description read from a file: the asset without its root free joint, stamped
     * {@code base=free} ({@link Mobility#METADATA_KEY}) so a summary can count the free base's six DOF as MuJoCo does
     * (its nv); with a free joint under a world body that holds geometry of its own (a floor), that geometry is left
     * out and {@code leftOut} says so. Anything else is returned as read. Links then count MuJoCo's bodies without
     * its world body.
     */
    public static Articulation forViewing(Articulation read, List<String> leftOut) {
        Articulation body = withoutFreeJoint(read);
        if (body == read) {
            List<String> environment = new ArrayList<>();
            Articulation bare = ImportedAsset.withoutWorldGeometry(read, environment);
            body = bare == read ? read : withoutFreeJoint(bare);
            if (body == bare) {
                return read; // no free joint after all: the floor stays in view
            }
            leftOut.addAll(environment);
        }
        Map<String, String> metadata = new LinkedHashMap<>(body.metadata());
        metadata.put(Mobility.METADATA_KEY, Mobility.FREE.wireName());
        return body.withMetadata(metadata);
    }

    /** True when {@link #forViewing} took a free joint off {@code a}: its DOF as MuJoCo counts them are 6 more. */
    public static boolean isFreeBase(Articulation a) {
        return Mobility.FREE.wireName().equals(a.metadata().get(Mobility.METADATA_KEY));
    }

    private static Map<String, Double> withoutKeys(Map<String, Double> positions, Set<String> joints) {
        Map<String, Double> out = new LinkedHashMap<>(positions);
        out.keySet().removeAll(joints);
        return out;
    }

    /** The six component joints and the frame-only links before the body (the {@code world} root included). */
    private record FreeChain(Set<String> joints, Set<String> links) {
    }

    private static Optional<FreeChain> chain(Articulation a) {
        Set<String> joints = new HashSet<>();
        Set<String> links = new HashSet<>();
        String at = a.root().name();
        String prefix = null;
        for (String suffix : SUFFIXES) {
            Link frame = a.link(at).orElseThrow();
            if (!frame.visuals().isEmpty() || !frame.collisions().isEmpty() || frame.inertial().mass() > 0) {
                return Optional.empty();
            }
            String parent = at;
            List<Joint> out = a.joints().stream().filter(j -> j.parent().equals(parent)).toList();
            if (out.size() != 1 || !out.get(0).name().endsWith(suffix)) {
                return Optional.empty();
            }
            Joint j = out.get(0);
            String p = j.name().substring(0, j.name().length() - suffix.length());
            if (prefix != null && !prefix.equals(p)) {
                return Optional.empty();
            }
            prefix = p;
            links.add(at);
            joints.add(j.name());
            at = j.child();
        }
        return Optional.of(new FreeChain(joints, links));
    }
}
