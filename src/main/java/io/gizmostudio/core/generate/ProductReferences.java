package io.gizmostudio.core.generate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Well-known products a prompt may name as a model ("a UR10-style arm", "a TurtleBot 4"), with their published
 * figures: an arm's reach and payload, a base's footprint and height. Stated dimensions still win ("a UR10-style
 * arm with 1.0 m reach"); the product only fills what the prompt leaves open.
 */
final class ProductReferences {
    /** A product: its name in {@code params.reference}, family, implied counts, dimensions (m) and quantities. */
    record Product(String name, Family family, Map<String, Integer> counts, Map<String, Double> dimensions,
                   Map<String, Double> quantities) {
    }

    // Universal Robots data sheets (universal-robots.com, "Technical specifications" of each model):
    // UR3/UR3e reach 500 mm, payload 3 kg; UR5/UR5e 850 mm, 5 kg; UR10 1300 mm, 10 kg; UR10e 1300 mm, 12.5 kg
    // (raised from 10 kg in 2021); UR16e 900 mm, 16 kg; UR20 1750 mm, 20 kg. All six joints.
    private static Product ur(String name, double reach, double payload) {
        return new Product(name, Family.ROBOT_ARM, Map.of("dof", 6), Map.of("reach", reach), Map.of("payload_kg", payload));
    }

    private static final Map<String, Product> UR = Map.of(
            "3", ur("UR3", 0.5, 3), "3e", ur("UR3e", 0.5, 3),
            "5", ur("UR5", 0.85, 5), "5e", ur("UR5e", 0.85, 5),
            "10", ur("UR10", 1.3, 10), "10e", ur("UR10e", 1.3, 12.5),
            "16e", ur("UR16e", 0.9, 16), "20", ur("UR20", 1.75, 20));
    /** Franka Emika Panda data sheet (franka.de, 2019): 7 joints, reach 855 mm, payload 3 kg. */
    static final Product PANDA = new Product("Franka Panda", Family.ROBOT_ARM, Map.of("dof", 7),
            Map.of("reach", 0.855), Map.of("payload_kg", 3.0));
    /** KUKA LBR iiwa 7 R800 / 14 R820 data sheets (kuka.com): 7 axes, reach 800 / 820 mm, payload 7 / 14 kg. */
    static final Product IIWA_7 = new Product("KUKA LBR iiwa 7", Family.ROBOT_ARM, Map.of("dof", 7),
            Map.of("reach", 0.8), Map.of("payload_kg", 7.0));
    static final Product IIWA_14 = new Product("KUKA LBR iiwa 14", Family.ROBOT_ARM, Map.of("dof", 7),
            Map.of("reach", 0.82), Map.of("payload_kg", 14.0));
    /**
     * Kinova Gen3 specifications (kinovarobotics.com): 7 DOF reach 902 mm, 6 DOF reach 891 mm, payload 4 kg
     * (mid-range continuous).
     */
    static final Product KINOVA_GEN3 = new Product("Kinova Gen3", Family.ROBOT_ARM, Map.of("dof", 7),
            Map.of("reach", 0.902), Map.of("payload_kg", 4.0));
    static final double KINOVA_GEN3_6DOF_REACH = 0.891;
    // ROBOTIS TurtleBot3 e-manual, "Specifications": Burger 138 × 178 × 192 mm (L × W × H), Waffle Pi
    // 281 × 306 × 141 mm; both two driven wheels and a ball caster, wheels 66 mm in diameter.
    static final Product TB3_BURGER = base("TurtleBot3 Burger", 0.138, 0.178, 0.192, 0.066);
    static final Product TB3_WAFFLE = base("TurtleBot3 Waffle Pi", 0.281, 0.306, 0.141, 0.066);
    // Clearpath TurtleBot 4 user manual, "Features": TurtleBot 4 341.5 × 339.5 × 351.0 mm, TurtleBot 4 Lite
    // 341.5 × 339.5 × 192.6 mm (an iRobot Create 3 base: two driven wheels and a caster).
    static final Product TB4 = base("TurtleBot 4", 0.3415, 0.3395, 0.351, 0);
    static final Product TB4_LITE = base("TurtleBot 4 Lite", 0.3415, 0.3395, 0.1926, 0);

    private static final Set<String> STYLE_WORDS = Set.of("style", "styled", "like", "type", "sized", "class", "clone");

    private ProductReferences() {
    }

    private static Product base(String name, double length, double width, double height, double wheel) {
        Map<String, Double> dims = wheel > 0
                ? Map.of("length", length, "width", width, "height", height, "wheel_diameter", wheel)
                : Map.of("length", length, "width", width, "height", height);
        return new Product(name, Family.MOBILE_BASE, Map.of("wheels", 2), dims, Map.of());
    }

    /** Marks every product named in the prompt as a family mention plus a {@link PromptReading.Reference}. */
    static void read(PromptReading r) {
        List<PromptToken> t = r.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (r.isConsumed(i) || !t.get(i).isWord()) {
                continue;
            }
            Optional<Found> f = at(t, i);
            if (f.isPresent()) {
                int end = f.get().end();
                while (end < t.size() && t.get(end).isWord() && STYLE_WORDS.contains(t.get(end).text())) {
                    end++;
                }
                Product p = f.get().product();
                String variant = p.family() == Family.MOBILE_BASE ? "base" : null;
                r.add(new PromptReading.Mention(p.family(), variant, p.counts(), i, end, false));
                r.traits.add(new PromptReading.Reference(p, i, end));
                i = end - 1;
            }
        }
    }

    private record Found(Product product, int end) {
    }

    private static Optional<Found> at(List<PromptToken> t, int i) {
        PromptToken w = t.get(i);
        if (w.is("ur") && i + 1 < t.size() && t.get(i + 1).isNumber()) {
            String model = t.get(i + 1).text();
            int end = i + 2;
            if (end < t.size() && t.get(end).is("e")) {
                model += "e";
                end++;
            }
            Product p = UR.get(model);
            return p == null ? Optional.empty() : Optional.of(new Found(p, end));
        }
        if (w.is("franka") || w.is("panda")) {
            int end = i + 1;
            while (end < t.size() && (t.get(end).is("emika") || t.get(end).is("panda"))) {
                end++;
            }
            return Optional.of(new Found(PANDA, end));
        }
        if (w.is("kuka") && i + 1 < t.size() && (t.get(i + 1).is("iiwa") || t.get(i + 1).is("lbr"))) {
            return at(t, i + 1).map(f -> new Found(f.product(), f.end()));
        }
        if (w.is("lbr") && i + 1 < t.size() && t.get(i + 1).is("iiwa")) {
            return at(t, i + 1);
        }
        if (w.is("iiwa")) {
            int end = i + 1;
            Product p = IIWA_7;
            if (end < t.size() && t.get(end).isNumber() && (t.get(end).value() == 7 || t.get(end).value() == 14)) {
                p = t.get(end).value() == 14 ? IIWA_14 : IIWA_7;
                end++;
            }
            if (end + 1 < t.size() && t.get(end).is("r") && t.get(end + 1).isNumber()) {
                end += 2; // "R820": the reach in millimetres, already in the product
            }
            return Optional.of(new Found(p, end));
        }
        if (w.is("kinova")) {
            int end = i + 1;
            if (end + 1 < t.size() && t.get(end).is("gen") && t.get(end + 1).isNumber()) {
                end += 2;
            }
            return Optional.of(new Found(KINOVA_GEN3, end));
        }
        if (w.is("turtlebot")) {
            int end = i + 1;
            double gen = 3;
            if (end < t.size() && t.get(end).isNumber()) {
                gen = t.get(end).value();
                end++;
            }
            if (gen == 4) {
                boolean lite = end < t.size() && t.get(end).is("lite");
                return Optional.of(new Found(lite ? TB4_LITE : TB4, lite ? end + 1 : end));
            }
            if (end < t.size() && t.get(end).is("waffle")) {
                end++;
                if (end < t.size() && t.get(end).is("pi")) {
                    end++;
                }
                return Optional.of(new Found(TB3_WAFFLE, end));
            }
            if (end < t.size() && t.get(end).is("burger")) {
                end++;
            }
            return Optional.of(new Found(TB3_BURGER, end));
        }
        return Optional.empty();
    }
}
