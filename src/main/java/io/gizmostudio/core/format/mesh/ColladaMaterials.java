package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.Rgba;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The diffuse colours of a COLLADA file's materials: {@code <material>} → {@code <instance_effect>} →
 * {@code <effect><profile_COMMON><technique>} → {@code <phong>}, {@code <lambert>} or {@code <blinn>}
 * {@code <diffuse><color>} ({@code <constant>} shading has only an {@code <emission>}, which is then its
 * colour). A diffuse {@code <texture>} gives no colour; {@link #image} finds the image it shows.
 */
final class ColladaMaterials {
    private static final Logger LOG = LoggerFactory.getLogger(ColladaMaterials.class);
    private static final String[] SHADINGS = {"phong", "lambert", "blinn", "constant"};

    private final ColladaDocument doc;
    private final Map<XmlElement, Optional<Rgba>> colours = new HashMap<>();

    ColladaMaterials(ColladaDocument doc) {
        this.doc = doc;
    }

    /** The colour of {@code material} (a {@code <material>} element), if it has a plain one. */
    Optional<Rgba> colour(XmlElement material) {
        return colours.computeIfAbsent(material, this::read);
    }

    private Optional<Rgba> read(XmlElement material) {
        Optional<XmlElement> instance = material.child("instance_effect");
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        XmlElement effect = doc.resolve(instance.get(), instance.get().required("url"), "effect");
        Optional<XmlElement> technique = effect.child("profile_COMMON").flatMap(p -> p.child("technique"));
        if (technique.isEmpty()) {
            return Optional.empty();
        }
        for (String shading : SHADINGS) {
            Optional<XmlElement> model = technique.get().child(shading);
            if (model.isPresent()) {
                String channel = shading.equals("constant") ? "emission" : "diffuse";
                return model.get().child(channel).flatMap(c -> c.child("color")).map(this::rgba)
                        .map(c -> new Rgba(c.r(), c.g(), c.b(), opacity(model.get()).orElse(c.a())));
            }
        }
        return Optional.empty();
    }

    /**
     * The opacity {@code <transparent>} and {@code <transparency>} give (COLLADA 1.4.1, section 7: A_ONE, the
     * default, takes the transparent colour's alpha; RGB_ZERO one minus its luminance; both scaled by the
     * transparency factor), or empty when the effect has no {@code <transparent>} colour: a lone
     * {@code <transparency>} factor has nothing to scale, and exporters disagree on which way round it goes.
     */
    private Optional<Double> opacity(XmlElement shading) {
        Optional<XmlElement> transparent = shading.child("transparent");
        Optional<XmlElement> colour = transparent.flatMap(t -> t.child("color"));
        if (colour.isEmpty()) {
            return Optional.empty();
        }
        double factor = shading.child("transparency").flatMap(t -> t.child("float"))
                .map(f -> ColladaNumbers.doubles(f, doc.text(f))).filter(f -> f.length == 1).map(f -> f[0]).orElse(1.0);
        Rgba c = rgba(colour.get());
        String opaque = transparent.get().attribute("opaque").orElse("A_ONE");
        double luminance = 0.212671 * c.r() + 0.715160 * c.g() + 0.072169 * c.b();
        double alpha = switch (opaque) {
            case "A_ONE" -> c.a() * factor;
            case "A_ZERO" -> 1 - c.a() * factor;
            case "RGB_ZERO" -> 1 - luminance * factor;
            case "RGB_ONE" -> luminance * factor;
            default -> throw transparent.get().error("opaque is A_ONE, A_ZERO, RGB_ZERO or RGB_ONE, not " + opaque);
        };
        return Optional.of(unit(alpha));
    }

    /**
     * The {@code <image>} the diffuse {@code <texture>} of {@code material} shows, if it has one: the
     * texture names a {@code <newparam>} sampler2D of the effect, whose source names a surface newparam,
     * whose {@code <init_from>} is the image's id (COLLADA 1.4.1 §8); many exporters name the image's id
     * directly instead, which is followed too.
     */
    Optional<XmlElement> image(XmlElement material) {
        Optional<XmlElement> instance = material.child("instance_effect");
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        XmlElement effect = doc.resolve(instance.get(), instance.get().required("url"), "effect");
        Optional<XmlElement> profile = effect.child("profile_COMMON");
        Optional<XmlElement> texture = profile.flatMap(p -> p.child("technique")).flatMap(t -> {
            for (String shading : SHADINGS) {
                Optional<XmlElement> model = t.child(shading);
                if (model.isPresent()) {
                    return model.get().child("diffuse").flatMap(d -> d.child("texture"));
                }
            }
            return Optional.empty();
        });
        if (texture.isEmpty()) {
            return Optional.empty();
        }
        String sampler = texture.get().required("texture");
        Optional<XmlElement> surface = param(effect, profile.get(), sampler).flatMap(n -> n.child("sampler2D"))
                .flatMap(s -> s.child("source")).flatMap(source -> param(effect, profile.get(), doc.text(source).trim()))
                .flatMap(n -> n.child("surface")).flatMap(s -> s.child("init_from"));
        String imageId = surface.map(doc::text).map(String::trim).orElse(sampler);
        XmlElement image = doc.byId(imageId);
        if (image == null || !image.name().equals("image")) {
            LOG.warn("{}: the texture '{}' leads to no <image>; the surface is shown without it", texture.get().file() + ":" + texture.get().line(), sampler);
            return Optional.empty();
        }
        return Optional.of(image);
    }

    private static Optional<XmlElement> param(XmlElement effect, XmlElement profile, String sid) {
        for (XmlElement holder : new XmlElement[] {profile, effect}) {
            for (XmlElement n : holder.children("newparam")) {
                if (sid.equals(n.attribute("sid").orElse(null))) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    private Rgba rgba(XmlElement color) {
        double[] c = ColladaNumbers.doubles(color, doc.text(color));
        if (c.length != 3 && c.length != 4) {
            throw color.error("a colour has 3 or 4 numbers, not " + c.length);
        }
        // some exporters write HDR-ish values slightly above 1; a material colour lives in [0, 1]
        return new Rgba(unit(c[0]), unit(c[1]), unit(c[2]), c.length == 4 ? unit(c[3]) : 1);
    }

    private static double unit(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
