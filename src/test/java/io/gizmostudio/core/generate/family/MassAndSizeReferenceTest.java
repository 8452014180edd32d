package io.gizmostudio.core.generate.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.GeneratedAsset;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.testing.SamplePrompts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every family's sample prompt, and small, large and stated-size variants, weigh within a factor of two of a real
 * product of that kind and size, and come out the size such products are. Mass is the articulation's total (the one
 * the MJCF, URDF and USD writers all carry); size is the largest extent of the collision shapes' bounding box at the
 * zero pose.
 *
 * <p>Each row of {@link #REFERENCES} names the product its figure comes from. Where no single product matches (a
 * "steel cabinet" is many products), the figure is a typical value with the reasoning beside it, and where the
 * generated size differs from the product's, the reference mass is scaled to it by a {@link Measure} and an exponent
 * that says how mass follows size for that construction: with the envelope's surface for sheet furniture and
 * appliances (their mass is their panels'), with the length for a conveyor, with reach^1.15 for a serial arm (the fit
 * through UR3e, UR5e and UR10e), and so on, as each row says.
 */
class MassAndSizeReferenceTest {
    private static final Logger LOG = LoggerFactory.getLogger(MassAndSizeReferenceTest.class);
    private static final AssetGenerator GENERATOR = new AssetGenerator();
    private static final long SEED = 7;
    private static final double FACTOR = 2.0;

    /** What a reference mass is scaled by when the generated asset is not the reference product's size. */
    enum Measure {
        /** Not scaled: the reference is a product of the same kind and size. */
        NONE,
        /** The largest overall extent (m). */
        EXTENT,
        /** The bounding box's surface 2(ab + bc + ca) (m²): panels of sheet or board. */
        SURFACE,
        /** An arm's reach (m): the stated one, or the builder's default for the size class. */
        REACH
    }

    /**
     * One product figure: {@code kg} at {@code at} (in the {@code measure}'s unit), scaled as measure^exponent; the
     * generated asset's largest extent must lie in [{@code minExtent}, {@code maxExtent}] m. A non-null
     * {@code pending} names the builder another change owns that is known to miss the mass band; those rows skip
     * their mass check (with that reason) but keep their size check.
     */
    record Reference(String prompt, double kg, Measure measure, double at, double exponent, double minExtent,
                     double maxExtent, String pending) {
        static Reference same(String prompt, double kg, double minExtent, double maxExtent) {
            return new Reference(prompt, kg, Measure.NONE, 1, 0, minExtent, maxExtent, null);
        }

        static Reference scaled(String prompt, double kg, Measure measure, double at, double exponent,
                                double minExtent, double maxExtent) {
            return new Reference(prompt, kg, measure, at, exponent, minExtent, maxExtent, null);
        }

        Reference pending(String reason) {
            return new Reference(prompt, kg, measure, at, exponent, minExtent, maxExtent, reason);
        }

        @Override public String toString() {
            return prompt;
        }
    }

    // Surfaces (m²) of reference envelopes used below, 2(ab + bc + ca):
    /** 4-drawer steel filing cabinet 470 × 620 × 1321 mm. */
    private static final double FILING_CABINET_M2 = surface(0.47, 0.62, 1.321);
    /** Desk 1400 × 700 × 750 mm. */
    private static final double DESK_M2 = surface(1.4, 0.7, 0.75);
    /** Boltless steel shelving unit 900 × 450 × 1800 mm. */
    private static final double SHELVING_M2 = surface(0.9, 0.45, 1.8);
    /** Door set 1.0 × 2.1 m, 163 mm deep over frame and handles (the generated default's envelope). */
    private static final double DOOR_SET_M2 = surface(1.0, 2.1, 0.163);
    /** 20-inch toolbox 500 × 220 × 280 mm. */
    private static final double TOOLBOX_M2 = surface(0.5, 0.22, 0.28);
    /** Crate 600 × 400 × 350 mm. */
    private static final double CRATE_M2 = surface(0.6, 0.4, 0.35);
    /** 20–25 L countertop microwave 500 × 420 × 300 mm. */
    private static final double MICROWAVE_M2 = surface(0.5, 0.42, 0.3);
    /** 60 cm built-in oven 600 × 600 × 600 mm (with its door). */
    private static final double OVEN_M2 = surface(0.6, 0.64, 0.6);
    /** 60 cm full-size dishwasher 600 × 600 × 850 mm (with its door). */
    private static final double DISHWASHER_M2 = surface(0.6, 0.64, 0.85);
    /** Chest of drawers 800 × 480 × 1200 mm. */
    private static final double CHEST_M2 = surface(0.8, 0.48, 1.2);

    static final List<Reference> REFERENCES = List.of(
            // UR5e: 20.6 kg, reach 850 mm (Universal Robots UR5e technical specifications) + Robotiq 2F-85: 0.9 kg
            // (Robotiq 2F-85 specifications). Upright, a UR5e is d1 + a2 + a3 + d5 = 163 + 425 + 392 + 100 mm ≈ 1.08 m
            // (UR's published DH parameters); with a gripper 1.0–1.4 m.
            Reference.scaled("a 6-DOF robot arm with a parallel-jaw gripper", 21.5, Measure.REACH, 0.85, 1.15, 0.9, 1.4),
            // UR3e: 11.2 kg, reach 500 mm (Universal Robots UR3e technical specifications); reach^1.15 is the fit
            // through UR3e 11.2 kg/500 mm and UR10e 33.5 kg/1300 mm.
            Reference.scaled("a small robot arm", 11.2, Measure.REACH, 0.5, 1.15, 0.6, 1.0),
            Reference.scaled("a UR3-style arm", 11.2, Measure.REACH, 0.5, 1.15, 0.5, 0.85),
            // UR10e: 33.5 kg, reach 1300 mm (Universal Robots UR10e technical specifications); upright d1 + a2 + a3 + d5
            // = 181 + 613 + 572 + 120 mm ≈ 1.49 m.
            Reference.scaled("a UR10-style arm", 33.5, Measure.REACH, 1.3, 1.15, 1.3, 1.9),
            Reference.scaled("a large robot arm", 33.5, Measure.REACH, 1.3, 1.15, 1.1, 1.9),
            // Epson LS6-B602S: 17 kg, 600 mm arm length (Epson LS-B series specifications); 400 mm class: Epson
            // LS3-B401S 14 kg. SCARA housings are castings of constant wall, so mass follows reach² in a series.
            Reference.scaled("a SCARA robot", 17, Measure.REACH, 0.6, 2, 0.6, 0.95),
            Reference.scaled("a small SCARA robot", 14, Measure.REACH, 0.4, 2, 0.4, 0.7),
            // Typical: 800 mm SCARAs of 10–20 kg payload weigh 30–50 kg (Epson LS20-B804S is in the mid-40s); 40 kg.
            Reference.scaled("a large SCARA robot", 40, Measure.REACH, 0.8, 2, 0.85, 1.3),
            // Robotiq 2F-85: 0.9 kg, 85 mm stroke (Robotiq 2F-85 specifications).
            Reference.same("a parallel-jaw gripper", 0.9, 0.08, 0.25),
            // OnRobot RG6: 1.25 kg, 160 mm stroke (OnRobot RG6 datasheet): the large electric parallel gripper.
            Reference.same("a large parallel-jaw gripper", 1.25, 0.12, 0.35),
            // OnRobot 3FG15: 1.15 kg (OnRobot 3FG15 datasheet), a three-finger centric gripper for cobots.
            Reference.same("a three-finger gripper", 1.15, 0.1, 0.25),
            // Typical: one bellows cup, its holder, a spring level compensator and an ISO 9409 flange adapter, the
            // ejector mounted elsewhere: 0.1–0.4 kg (cup 10–30 g, aluminium adapter and compensator 100–300 g); 0.25 kg.
            Reference.same("a suction gripper", 0.25, 0.06, 0.25),
            // Typical: a 4-drawer steel filing cabinet 470 × 620 × 1321 mm weighs 35–50 kg empty (Bisley, Steelcase
            // vertical files); 42 kg, scaled by panel surface.
            Reference.scaled("a steel cabinet with 2 doors and 3 drawers", 42, Measure.SURFACE, FILING_CABINET_M2, 1, 0.8, 1.1),
            Reference.scaled("a small steel cabinet", 42, Measure.SURFACE, FILING_CABINET_M2, 1, 0.5, 0.8),
            Reference.scaled("a large steel cabinet", 42, Measure.SURFACE, FILING_CABINET_M2, 1, 1.0, 1.5),
            Reference.scaled("a 2 m tall steel cabinet with 2 doors", 42, Measure.SURFACE, FILING_CABINET_M2, 1, 1.9, 2.1),
            // Typical: a 1 m two-door wardrobe, 0.6 m deep, 2.0–2.4 m tall, of 16–18 mm board (12.6 kg/m² at
            // 700 kg/m³): two sides 2.5 m², top, bottom and a shelf 1.8 m², doors 2.1 m², hardboard back → 80–95 kg.
            Reference.same("a tall oak wardrobe", 85, 2.0, 2.4),
            // Typical: a one-drawer wooden nightstand about 450 × 400 × 550 mm weighs 10–20 kg; 15 kg.
            Reference.same("a nightstand with one drawer", 15, 0.4, 0.7),
            // Typical: a 5–6 drawer chest 800 × 480 × 1200 mm in board weighs 50–70 kg; 60 kg, by panel surface.
            Reference.scaled("a chest of drawers with five drawers, 80 cm wide", 60, Measure.SURFACE, CHEST_M2, 1, 0.75, 1.3),
            // Typical: a wooden desk 1400 × 700 mm with a two-drawer pedestal: 35–60 kg; 45 kg, by panel surface.
            Reference.scaled("a wooden desk with two drawers", 45, Measure.SURFACE, DESK_M2, 1, 1.2, 1.6),
            Reference.scaled("a small wooden desk", 45, Measure.SURFACE, DESK_M2, 1, 0.8, 1.2),
            Reference.scaled("a large wooden desk", 45, Measure.SURFACE, DESK_M2, 1, 1.6, 2.2),
            // Typical: a 2 m wooden table for 8 weighs 30–60 kg (board top 25–30 mm, four legs); 45 kg.
            Reference.same("a 2 m long wooden table", 45, 1.9, 2.1),
            // Typical: a steel-frame workbench 1500 × 750 mm with a 30–40 mm wooden top and a lower shelf: 45–80 kg; 60 kg.
            Reference.same("a steel workbench with a lower shelf", 60, 1.4, 1.8),
            // Typical: a boltless steel shelving unit 900 × 450 × 1800 mm with 5 shelves: 20–30 kg (four 1.8 m angle
            // posts about 0.8 kg/m, five 0.6–0.8 mm shelves of about 2.5 kg each, beams); 25 kg, by surface.
            Reference.scaled("a steel shelving rack with 5 shelves", 25, Measure.SURFACE, SHELVING_M2, 1, 1.7, 2.0),
            Reference.scaled("a small steel shelving rack", 25, Measure.SURFACE, SHELVING_M2, 1, 1.0, 1.5),
            Reference.scaled("a large steel shelving rack", 25, Measure.SURFACE, SHELVING_M2, 1, 2.2, 2.6),
            Reference.scaled("a 2 m tall steel shelving rack with 5 shelves", 25, Measure.SURFACE, SHELVING_M2, 1, 1.9, 2.1),
            // Typical: a floor-standing belt or powered-roller conveyor 0.4–0.6 m wide on legs weighs 20–30 kg per metre
            // (two channel rails 4–5 kg/m each, 50 mm steel rollers of 1–1.5 kg every 0.1–0.15 m, belt 2 kg/m, legs);
            // 35 kg at 1.5 m, by length.
            Reference.scaled("a 1.5 m conveyor belt", 35, Measure.EXTENT, 1.5, 1, 1.45, 1.55),
            Reference.scaled("a 3 m conveyor belt", 35, Measure.EXTENT, 1.5, 1, 2.9, 3.1),
            Reference.scaled("a roller conveyor with 12 rollers", 35, Measure.EXTENT, 1.5, 1, 1.0, 3.0),
            Reference.scaled("a small conveyor belt", 35, Measure.EXTENT, 1.5, 1, 0.8, 1.6),
            // MiR100: 67 kg, 890 × 580 × 352 mm (Mobile Industrial Robots MiR100 specifications) + UR5e 20.6 kg.
            Reference.same("a mobile base with a 6-DOF arm", 87.6, 1.0, 1.6),
            // Pioneer 3-DX: 9 kg, 455 × 381 × 237 mm (Adept MobileRobots Pioneer 3-DX datasheet), a two-wheel
            // differential drive with a rear caster (a four-wheel skid-steer Clearpath Jackal of 508 × 430 mm is 17 kg).
            Reference.same("a differential drive robot with 2 wheels", 9, 0.35, 0.6),
            // TurtleBot 3 Waffle Pi: 1.8 kg, 281 × 306 × 141 mm (ROBOTIS TurtleBot3 specifications).
            Reference.same("a small mobile base", 1.8, 0.25, 0.45),
            // Clearpath Husky: 50 kg, 990 × 670 × 390 mm (Clearpath Robotics Husky specifications); a rugged
            // base's mass follows its footprint, extent².
            Reference.scaled("a large mobile base", 50, Measure.EXTENT, 0.99, 2, 0.5, 1.0),
            // FLIR PTU-D46: 1.36 kg (FLIR PTU-D46 datasheet), a compact pan-tilt unit for a small camera.
            Reference.same("a pan-tilt camera mount", 1.36, 0.08, 0.2),
            // Typical: a three-axis portal of aluminium extrusions (40 × 80 mm, about 3 kg/m) with 0.5 m travel: about
            // 4.5 m of profile, four carriages and three motors of 1–1.5 kg, posts → 15–30 kg; 20 kg, by extent².
            Reference.scaled("a 3-axis cartesian gantry", 20, Measure.EXTENT, 0.7, 2, 0.5, 0.9),
            Reference.scaled("a large 3-axis cartesian gantry", 20, Measure.EXTENT, 0.7, 2, 0.8, 1.2),
            // Typical door set: a solid wooden leaf 0.9–1.0 × 2.0–2.1 m of 40 mm is 35–50 kg (a hollow-core interior
            // leaf 24–35 kg), its softwood frame 12–20 kg: 60 kg, by surface.
            Reference.scaled("a left-hinged wooden door", 60, Measure.SURFACE, DOOR_SET_M2, 1, 2.0, 2.2),
            // Typical: a hollow-metal (steel) door leaf of 45 mm, 1.0 × 2.1 m: 40–60 kg (steel fire doors 40–120 kg), its
            // pressed-steel frame 15–25 kg: 65 kg, by surface.
            Reference.scaled("a steel door", 65, Measure.SURFACE, DOOR_SET_M2, 1, 2.0, 2.2),
            Reference.scaled("a large steel door", 65, Measure.SURFACE, DOOR_SET_M2, 1, 2.6, 3.1),
            // Typical: an empty 20-inch (500 mm) steel toolbox with a lid and tray: 3–6 kg; 4.5 kg, by surface.
            Reference.scaled("a blue toolbox with a lid", 4.5, Measure.SURFACE, TOOLBOX_M2, 1, 0.4, 0.6),
            Reference.scaled("a large toolbox", 4.5, Measure.SURFACE, TOOLBOX_M2, 1, 0.6, 0.8),
            // Typical: a slatted wooden crate 600 × 400 × 350 mm: 3–7 kg; 5 kg, by surface.
            Reference.scaled("a wooden crate", 5, Measure.SURFACE, CRATE_M2, 1, 0.5, 0.7),
            Reference.scaled("a 1 m long crate", 5, Measure.SURFACE, CRATE_M2, 1, 0.95, 1.05),
            // Typical: a 600 × 400 × 320 mm polypropylene Euro container is 2–3 kg, its hinged lid about 1 kg; 3.5 kg.
            Reference.same("a plastic tote with a hinged lid", 3.5, 0.5, 0.7),
            // Typical: a cam indexer with a 400 mm dial plate: a cast housing of 10–25 kg and an aluminium plate
            // 400 × 20 mm of 6.8 kg → 15–30 kg; 20 kg, by extent³ (a solid casting and plate).
            Reference.scaled("a rotary indexer", 20, Measure.EXTENT, 0.4, 3, 0.3, 0.5),
            Reference.scaled("a large rotary indexer", 20, Measure.EXTENT, 0.4, 3, 0.45, 0.7),
            // Apple MacBook Pro 14-inch (2021): 1.6 kg, 312.6 × 221.2 × 15.5 mm (Apple technical specifications).
            Reference.same("a laptop", 1.6, 0.28, 0.36),
            // Apple MacBook Pro 16-inch (2021): 2.1 kg, 355.7 × 248.1 × 16.8 mm (Apple technical specifications); an
            // 18-inch laptop is about 400 mm wide and, being thicker, 3–4 kg; scaled by extent².
            Reference.scaled("a large laptop", 2.1, Measure.EXTENT, 0.356, 2, 0.35, 0.42),
            // Apple MacBook Air 13-inch (M1): 1.29 kg, 304.1 × 212.4 × 16.1 mm (Apple technical specifications); by extent².
            Reference.scaled("a small laptop", 1.29, Measure.EXTENT, 0.304, 2, 0.18, 0.28),
            // Typical: a spring-balanced desk lamp with a weighted cast base (Anglepoise, Luxo type): 2–4 kg; 3 kg.
            Reference.same("a desk lamp", 3, 0.35, 0.7),
            Reference.scaled("a large desk lamp", 3, Measure.EXTENT, 0.43, 2, 0.45, 0.9),
            // Typical: a DN100 PN16 flanged cast-iron gate valve, which carries a 250 mm handwheel, weighs 20–35 kg
            // (makers' tables for DIN 3352 F4/F5 valves); 27 kg.
            Reference.same("a valve wheel", 27, 0.2, 0.45),
            // Typical: a DN50 gate valve with a 160–200 mm handwheel weighs 9–14 kg; 12 kg.
            Reference.same("a small valve wheel", 12, 0.15, 0.3),
            // Typical: a DN150 gate valve with a 300–350 mm handwheel weighs 45–70 kg; 55 kg.
            Reference.same("a large valve wheel", 55, 0.3, 0.6),
            // Typical: a machine hand lever, a 300 mm steel arm with a ball knob (0.3–0.6 kg) on a steel base plate
            // with a pivot bracket (1–2 kg): 1.3–2.6 kg; 2 kg.
            Reference.same("a lever", 2, 0.25, 0.5),
            // Typical: a 20–25 L countertop microwave, about 500 × 420 × 300 mm: 10–14 kg net; 12.5 kg, by surface.
            Reference.scaled("a microwave", 12.5, Measure.SURFACE, MICROWAVE_M2, 1, 0.4, 0.6),
            Reference.scaled("a large microwave", 12.5, Measure.SURFACE, MICROWAVE_M2, 1, 0.5, 0.75),
            // Typical: a 60 cm built-in electric single oven: 30–40 kg net; 35 kg, by surface.
            Reference.scaled("an oven with two racks", 35, Measure.SURFACE, OVEN_M2, 1, 0.55, 0.7),
            Reference.scaled("a large oven", 35, Measure.SURFACE, OVEN_M2, 1, 0.75, 0.95),
            // Typical: a 60 cm freestanding fridge-freezer 1.8–2.0 m tall: 60–75 kg net; 67 kg.
            Reference.same("a fridge", 67, 1.7, 2.05),
            Reference.same("a refrigerator with a freezer door", 67, 1.7, 2.05),
            // Typical: an American-style side-by-side fridge 910 mm wide, 1.78 m tall: 100–130 kg net; 115 kg. Built-in
            // column fridges stand 84 in (2.13 m).
            Reference.same("a large fridge", 115, 1.75, 2.25),
            // Typical: an under-counter fridge 500–600 mm wide, 850 mm tall: 25–35 kg net; 30 kg.
            Reference.same("a small fridge", 30, 0.8, 0.9),
            // Typical: a 60 cm full-size dishwasher: 40–50 kg net; 45 kg, by surface.
            Reference.scaled("a dishwasher", 45, Measure.SURFACE, DISHWASHER_M2, 1, 0.8, 0.9),
            Reference.scaled("a small dishwasher", 45, Measure.SURFACE, DISHWASHER_M2, 1, 0.5, 0.9));

    static Stream<Reference> references() {
        return REFERENCES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void massIsWithinAFactorOfTwoOfTheReferenceProduct(Reference row) {
        Measured m = measure(row.prompt());
        double reference = referenceMass(row, m);
        assumeTrue(row.pending() == null, () -> "known out of range, owned elsewhere: " + row.pending()
                + String.format(Locale.ROOT, " (%.2f kg against %.2f kg)", m.mass(), reference));
        assertThat(m.mass() / reference)
                .as("%s: %.2f kg against a reference of %.2f kg", row.prompt(), m.mass(), reference)
                .isBetween(1 / FACTOR, FACTOR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void sizeIsWithinTheReferenceRange(Reference row) {
        Measured m = measure(row.prompt());
        assertThat(m.extents()[2])
                .as("%s: largest extent of %.3f × %.3f × %.3f m", row.prompt(), m.extents()[0], m.extents()[1], m.extents()[2])
                .isBetween(row.minExtent(), row.maxExtent());
    }

    /**
     * The table of every row's figures, to {@code target/mass-reference.md} and the log: what the note reports
     * (mass against the reference, size against its range), measured rather than copied.
     */
    @AfterAll
    static void writeTheFigures() throws IOException {
        StringBuilder md = new StringBuilder("| family | prompt | mass kg | reference kg | ratio | largest extent m | range m |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Reference row : REFERENCES) {
            Measured m = measure(row.prompt());
            double reference = referenceMass(row, m);
            md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.3f | %.2f–%.2f |%n", m.family().wireName(),
                    row.prompt(), m.mass(), reference, m.mass() / reference, m.extents()[2], row.minExtent(), row.maxExtent()));
        }
        Path out = Path.of("target", "mass-reference.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        LOG.info("mass and size against the references ({} rows): {}", REFERENCES.size(), out.toAbsolutePath());
    }

    @Test
    void everySamplePromptHasAReference() {
        assertThat(REFERENCES.stream().map(Reference::prompt).toList()).containsAll(SamplePrompts.FAMILY_PROMPTS);
    }

    @Test
    void referencesCoverEveryFamily() {
        assertThat(REFERENCES.stream().map(r -> measure(r.prompt()).family()).distinct().toList())
                .containsExactlyInAnyOrder(Family.values());
    }

    /** The reference mass scaled from the product's size to the generated asset's. */
    static double referenceMass(Reference row, Measured m) {
        if (row.measure() == Measure.NONE) {
            return row.kg();
        }
        double size = switch (row.measure()) {
            case EXTENT -> m.extents()[2];
            case SURFACE -> surface(m.extents()[0], m.extents()[1], m.extents()[2]);
            case REACH -> m.reach();
            case NONE -> throw new IllegalStateException();
        };
        return row.kg() * Math.pow(size / row.at(), row.exponent());
    }

    /** Mass, sorted extents (smallest first) and, for arms, the reach the builder was asked for. */
    record Measured(Family family, double mass, double[] extents, double reach) {
    }

    static Measured measure(String prompt) {
        GeneratedAsset asset = GENERATOR.generate(prompt, SEED);
        Articulation a = asset.articulation();
        Vec3 size = collisionBounds(a).size();
        double[] extents = {size.x(), size.y(), size.z()};
        Arrays.sort(extents);
        return new Measured(asset.spec().family(), a.totalMass(), extents, reach(asset.spec()));
    }

    /** The stated reach, or the builder's default scaled by the size word (the builders' own jitter is a few %). */
    private static double reach(AssetSpec spec) {
        double nominal = switch (spec.family()) {
            case ROBOT_ARM -> RobotArmBuilder.DEFAULT_REACH;
            case SCARA -> ScaraBuilder.DEFAULT_REACH;
            default -> Double.NaN;
        };
        return spec.hasDimension("reach") ? spec.dimension("reach", nominal) : nominal * spec.size().scale();
    }

    private static Aabb collisionBounds(Articulation a) {
        Map<String, Pose> poses = ForwardKinematics.linkPoses(a, Map.of());
        Aabb box = Aabb.EMPTY;
        for (Link link : a.links()) {
            for (Collision c : link.collisions()) {
                box = box.union(c.geometry().localBounds().transformed(c.origin()).transformed(poses.get(link.name())));
            }
        }
        return box;
    }

    private static double surface(double a, double b, double c) {
        return 2 * (a * b + b * c + c * a);
    }
}
