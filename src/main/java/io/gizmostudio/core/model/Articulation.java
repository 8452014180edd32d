package io.gizmostudio.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An articulated asset: a tree of links connected by joints, in SI units with Z up. Immutable; the
 * constructor does not validate (readers must be able to hold a broken file to report on it), call
 * {@link #validate()} or {@link ArticulationValidator}.
 *
 * <p>{@code metadata} carries provenance such as the prompt, seed and generator version. {@code initialPositions}
 * is the state the asset starts in (rad or m by joint name: "an oven with its door opened at 110°"); a movable
 * joint not named starts at zero, or at the end of its range nearest zero when zero is outside it. Exports that
 * can hold a start state (an MJCF keyframe, USD joint state) write it; the preview and a composer drop start
 * there. {@link ArticulationValidator} checks every value is a finite position inside its joint's limits.
 */
public final class Articulation {
    private final String name;
    private final List<Link> links;
    private final List<Joint> joints;
    private final Map<String, String> metadata;
    private final Map<String, Double> initialPositions;
    private final Map<String, Link> linksByName = new LinkedHashMap<>();
    private final Map<String, Joint> jointsByName = new LinkedHashMap<>();
    private final Map<String, Joint> jointByChild = new LinkedHashMap<>();
    private final Map<String, List<Joint>> jointsByParent = new LinkedHashMap<>();

    public Articulation(String name, List<Link> links, List<Joint> joints, Map<String, String> metadata,
                        Map<String, Double> initialPositions) {
        this.name = Objects.requireNonNull(name, "name");
        this.links = List.copyOf(links);
        this.joints = List.copyOf(joints);
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        // LinkedHashMap, not Map.copyOf: a reader must be able to hold a null or NaN value to report on it
        this.initialPositions = Collections.unmodifiableMap(new LinkedHashMap<>(
                initialPositions == null ? Map.of() : initialPositions));
        for (Link l : this.links) {
            linksByName.putIfAbsent(l.name(), l);
        }
        for (Joint j : this.joints) {
            jointsByName.putIfAbsent(j.name(), j);
            jointByChild.putIfAbsent(j.child(), j);
            jointsByParent.computeIfAbsent(j.parent(), k -> new ArrayList<>()).add(j);
        }
    }

    /** An articulation starting with every joint at zero (or the end of its range nearest zero). */
    public Articulation(String name, List<Link> links, List<Joint> joints, Map<String, String> metadata) {
        this(name, links, joints, metadata, Map.of());
    }

    public Articulation(String name, List<Link> links, List<Joint> joints) {
        this(name, links, joints, Map.of());
    }

    public String name() {
        return name;
    }

    public List<Link> links() {
        return links;
    }

    public List<Joint> joints() {
        return joints;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    /** The start state as given: joint name → position (rad or m); joints not named start at zero. */
    public Map<String, Double> initialPositions() {
        return initialPositions;
    }

    /**
     * Where {@code j} starts: its initial position, else zero, clamped into its limits (so a joint whose range
     * excludes zero starts at the nearer end); mimic followers follow their leader's start.
     */
    public double initialPosition(Joint j) {
        return ForwardKinematics.position(this, j, initialPositions);
    }

    public Optional<Link> link(String linkName) {
        return Optional.ofNullable(linksByName.get(linkName));
    }

    public Optional<Joint> joint(String jointName) {
        return Optional.ofNullable(jointsByName.get(jointName));
    }

    /** The joint whose child is {@code linkName}; empty for the root. */
    public Optional<Joint> parentJoint(String linkName) {
        return Optional.ofNullable(jointByChild.get(linkName));
    }

    public List<Joint> childJoints(String linkName) {
        return jointsByParent.getOrDefault(linkName, List.of());
    }

    /** The first link that is no joint's child (for a valid tree, the only one). */
    public Link root() {
        for (Link l : links) {
            if (!jointByChild.containsKey(l.name())) {
                return l;
            }
        }
        throw new IllegalStateException("articulation " + name + " has no root link");
    }

    /** Links in depth-first order from the root, parents before children. */
    public List<Link> linksInTreeOrder() {
        List<Link> out = new ArrayList<>();
        collect(root().name(), out);
        return out;
    }

    private void collect(String linkName, List<Link> out) {
        Link l = linksByName.get(linkName);
        if (l == null || out.contains(l)) {
            return;
        }
        out.add(l);
        for (Joint j : childJoints(linkName)) {
            collect(j.child(), out);
        }
    }

    public List<Joint> movableJoints() {
        return joints.stream().filter(j -> j.type().isMovable()).toList();
    }

    /** Degrees of freedom a simulator sees (mimic joints included: they are joints with a constraint). */
    public int degreesOfFreedom() {
        return movableJoints().size();
    }

    public double totalMass() {
        return links.stream().mapToDouble(l -> l.inertial().mass()).sum();
    }

    /** Throws {@link InvalidArticulationException} naming every problem found. */
    public Articulation validate() {
        List<String> problems = ArticulationValidator.problems(this);
        if (!problems.isEmpty()) {
            throw new InvalidArticulationException(name, problems);
        }
        return this;
    }

    public Articulation withMetadata(Map<String, String> extra) {
        Map<String, String> m = new LinkedHashMap<>(metadata);
        m.putAll(extra);
        return new Articulation(name, links, joints, m, initialPositions);
    }

    /** The same asset starting at {@code positions} (joint name → rad or m) instead. */
    public Articulation withInitialPositions(Map<String, Double> positions) {
        return new Articulation(name, links, joints, metadata, positions);
    }

    public Articulation withJoints(List<Joint> newJoints) {
        return new Articulation(name, links, newJoints, metadata, initialPositions);
    }

    public Articulation renamed(String newName) {
        return new Articulation(newName, links, joints, metadata, initialPositions);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Articulation a && name.equals(a.name) && links.equals(a.links)
                && joints.equals(a.joints) && metadata.equals(a.metadata) && initialPositions.equals(a.initialPositions);
    }

    @Override public int hashCode() {
        return Objects.hash(name, links, joints, metadata, initialPositions);
    }

    @Override public String toString() {
        return "Articulation[" + name + ", " + links.size() + " links, " + joints.size() + " joints]";
    }
}
