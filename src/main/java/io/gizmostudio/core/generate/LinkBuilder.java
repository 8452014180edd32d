package io.gizmostudio.core.generate;

import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.MassProperties;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles one link from solid shapes of a material: each shape is both visual and collision, and the
 * inertial follows from the shapes and the density (parallel-axis composition). Shapes added with
 * {@link #visualOnly} add looks but no mass or contact.
 */
public final class LinkBuilder {
    private final String name;
    private final double density;
    private final Material material;
    private final List<io.gizmostudio.core.model.Visual> visuals = new ArrayList<>();
    private final List<Collision> collisions = new ArrayList<>();
    private final List<Inertial> extraMass = new ArrayList<>();

    public LinkBuilder(String name, MaterialKind kind, Rgba color) {
        this(name, kind.density(), new Material(kind.wireName() + "_" + hex(color), color));
    }

    /** A link of {@code kind}'s material and colour whose solids weigh {@code bulkDensity} (hollow or composite parts). */
    public LinkBuilder(String name, MaterialKind kind, Rgba color, double bulkDensity) {
        this(name, bulkDensity, new Material(kind.wireName() + "_" + hex(color), color));
    }

    public LinkBuilder(String name, double density, Material material) {
        this.name = name;
        this.density = density;
        this.material = material;
    }

    private static String hex(Rgba c) {
        return String.format("%02x%02x%02x", Math.round(c.r() * 255), Math.round(c.g() * 255), Math.round(c.b() * 255));
    }

    /** A solid shape of this link's material at {@code origin}. */
    public LinkBuilder solid(Geometry geometry, Pose origin) {
        String part = name + "_" + collisions.size();
        visuals.add(new io.gizmostudio.core.model.Visual(part, geometry, origin, material));
        collisions.add(new Collision(part, geometry, origin));
        return this;
    }

    /** A solid shape with its own material and density (a rubber tyre on a steel hub, a handle). */
    public LinkBuilder solid(Geometry geometry, Pose origin, MaterialKind kind, Rgba color) {
        String part = name + "_" + collisions.size();
        Material m = new Material(kind.wireName() + "_" + hex(color), color);
        visuals.add(new io.gizmostudio.core.model.Visual(part, geometry, origin, m));
        Collision c = new Collision(part, geometry, origin);
        collisions.add(c);
        extraMass.add(MassProperties.of(geometry, origin, kind.density() - density));
        return this;
    }

    /**
     * A hollow shape of this link's material: it looks and touches as {@code geometry} and weighs {@code fill} of a
     * solid one (a tube, a casting), with the inertia of that mass spread through the shape.
     */
    public LinkBuilder hollow(Geometry geometry, Pose origin, double fill) {
        solid(geometry, origin);
        extraMass.add(MassProperties.of(geometry, origin, density * (fill - 1)));
        return this;
    }

    public LinkBuilder box(double sx, double sy, double sz, Vec3 center) {
        return solid(Geometry.Box.of(sx, sy, sz), Pose.of(center));
    }

    /**
     * A solid that looks like {@code looks} but touches (and weighs) as {@code contact}: a roller drawn as a cylinder
     * that collides as a capsule, or as the belt wrapped round it.
     */
    public LinkBuilder solid(Geometry looks, Geometry contact, Pose origin) {
        String part = name + "_" + collisions.size();
        visuals.add(new io.gizmostudio.core.model.Visual(part, looks, origin, material));
        collisions.add(new Collision(part, contact, origin));
        return this;
    }

    /** Looks only: no collision, no mass. */
    public LinkBuilder visualOnly(Geometry geometry, Pose origin, Material m) {
        visuals.add(new io.gizmostudio.core.model.Visual(name + "_v" + visuals.size(), geometry, origin, m));
        return this;
    }

    /** Adds a point-like payload (motor, electronics) of {@code mass} kg at {@code at}, as a small solid sphere. */
    public LinkBuilder payload(double mass, Vec3 at, double radius) {
        Geometry.Sphere s = new Geometry.Sphere(radius);
        extraMass.add(s.massProperties(mass / s.volume()).transformed(Pose.of(at)));
        return this;
    }

    public Link build() {
        List<Inertial> parts = new ArrayList<>();
        parts.add(MassProperties.ofCollisions(collisions, density));
        parts.addAll(extraMass);
        return new Link(name, visuals, collisions, Inertial.combine(parts));
    }
}
