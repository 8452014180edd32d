package io.gizmostudio.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mutable assembly of an articulation, including grafting another articulation onto a link. */
public final class ArticulationBuilder {
    private final String name;
    private final List<Link> links = new ArrayList<>();
    private final List<Joint> joints = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final Map<String, Double> initialPositions = new LinkedHashMap<>();

    public ArticulationBuilder(String name) {
        this.name = name;
    }

    public ArticulationBuilder link(Link link) {
        links.add(link);
        return this;
    }

    public ArticulationBuilder joint(Joint joint) {
        joints.add(joint);
        return this;
    }

    public ArticulationBuilder metadata(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    /** The position (rad or m) joint {@code jointName} starts at. */
    public ArticulationBuilder initialPosition(String jointName, double position) {
        initialPositions.put(jointName, position);
        return this;
    }

    public boolean hasLink(String linkName) {
        return links.stream().anyMatch(l -> l.name().equals(linkName));
    }

    /**
     * Grafts {@code part} onto {@code parentLink}: every name of the part gets {@code prefix}, and its root
     * is fixed to the parent at {@code mount}. Returns the prefixed name of the part's root link.
     */
    public String attach(Articulation part, String parentLink, Pose mount, String prefix) {
        String partRoot = part.root().name();
        for (Link l : part.links()) {
            links.add(new Link(prefix + l.name(), l.visuals(), l.collisions(), l.inertial()));
        }
        for (Joint j : part.joints()) {
            joints.add(j.renamed(prefix));
        }
        part.initialPositions().forEach((joint, q) -> initialPositions.put(prefix + joint, q));
        joints.add(Joint.fixed(prefix + "mount", parentLink, prefix + partRoot, mount));
        return prefix + partRoot;
    }

    public Articulation build() {
        return new Articulation(name, links, joints, metadata, initialPositions);
    }
}
