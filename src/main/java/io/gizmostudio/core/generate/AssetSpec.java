package io.gizmostudio.core.generate;

import io.gizmostudio.core.model.Rgba;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a prompt was understood as: a family plus parameters. Counts use keys such as {@code dof},
 * {@code drawers}, {@code doors}, {@code shelves}, {@code wheels}, {@code fingers}, {@code axes}, {@code rollers};
 * dimensions (metres) use {@code reach}, {@code width}, {@code depth}, {@code height}, {@code length},
 * {@code diameter}; options hold words such as {@code hinge=left}, {@code variant=wardrobe}, {@code lid=true}.
 * Attachments are sub-assets mounted on this one (a gripper on an arm, an arm on a mobile base).
 * {@code material}, {@code colorName} and {@code color} may be null when the prompt names none.
 * Options also carry {@code shape}, {@code mounting}, {@code drive} (a wheeled base's {@code differential} or
 * {@code skid_steer}) and {@code reference} (a product the prompt named, such as
 * {@code UR10}); {@code quantities} hold other numbers the prompt gave ({@code initial_open_deg},
 * {@code initial_open_fraction}, {@code payload_kg}). {@code ignored} lists what the prompt said that the engine
 * cannot honour for this family ("wall-mounted", "3 drawers"), and {@code notes} how a value was adapted.
 */
public record AssetSpec(Family family, Map<String, Integer> counts, Map<String, Double> dimensions,
                        MaterialKind material, String colorName, Rgba color, SizeClass size,
                        Map<String, String> options, List<AssetSpec> attachments, Map<String, Double> quantities,
                        List<String> ignored, List<String> notes) {

    /** A spec without quantities, ignored words or notes. */
    public AssetSpec(Family family, Map<String, Integer> counts, Map<String, Double> dimensions,
                     MaterialKind material, String colorName, Rgba color, SizeClass size,
                     Map<String, String> options, List<AssetSpec> attachments) {
        this(family, counts, dimensions, material, colorName, color, size, options, attachments, Map.of(), List.of(),
                List.of());
    }

    public AssetSpec {
        quantities = Map.copyOf(quantities);
        ignored = List.copyOf(ignored);
        notes = List.copyOf(notes);
        if (family == null) {
            throw new IllegalArgumentException("spec needs a family");
        }
        counts = Map.copyOf(counts);
        dimensions = Map.copyOf(dimensions);
        options = Map.copyOf(options);
        attachments = List.copyOf(attachments);
        if (size == null) {
            size = SizeClass.MEDIUM;
        }
    }

    /** This spec with {@code note} added to its notes (how a value was adapted when it was built). */
    public AssetSpec withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new AssetSpec(family, counts, dimensions, material, colorName, color, size, options, attachments, quantities,
                ignored, more);
    }

    /** This spec with {@code phrase} added to what it could not honour. */
    public AssetSpec withIgnored(String phrase) {
        List<String> more = new ArrayList<>(ignored);
        more.add(phrase);
        return new AssetSpec(family, counts, dimensions, material, colorName, color, size, options, attachments, quantities,
                more, notes);
    }

    /** A spec with only a family: every parameter at its default. */
    public static AssetSpec of(Family family) {
        return new AssetSpec(family, Map.of(), Map.of(), null, null, null, SizeClass.MEDIUM, Map.of(), List.of());
    }

    public int count(String key, int fallback) {
        return counts.getOrDefault(key, fallback);
    }

    public double dimension(String key, double fallback) {
        return dimensions.getOrDefault(key, fallback);
    }

    public boolean hasDimension(String key) {
        return dimensions.containsKey(key);
    }

    public double quantity(String key, double fallback) {
        return quantities.getOrDefault(key, fallback);
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(options.get(key));
    }

    public MaterialKind materialOr(MaterialKind fallback) {
        return material != null ? material : fallback;
    }

    /** The prompt's colour if it named one, else the material's, else {@code fallback}. */
    public Rgba colorOr(Rgba fallback) {
        if (color != null) {
            return color;
        }
        return material != null ? material.color() : fallback;
    }

    /** The spec as plain JSON-ready values (strings, numbers, lists, maps) in a stable order: {@code params} on the wire. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("family", family.wireName());
        new java.util.TreeMap<>(options).forEach(out::put);
        new java.util.TreeMap<>(counts).forEach(out::put);
        Map<String, Object> dims = new LinkedHashMap<>();
        new java.util.TreeMap<>(dimensions).forEach((k, v) -> dims.put(k + "_m", v));
        out.putAll(dims);
        new java.util.TreeMap<>(quantities).forEach(out::put);
        if (material != null) {
            out.put("material", material.wireName());
        }
        if (colorName != null) {
            out.put("color", colorName);
        }
        if (size != SizeClass.MEDIUM) {
            out.put("size", size.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!attachments.isEmpty()) {
            List<Object> parts = new ArrayList<>();
            attachments.forEach(a -> parts.add(a.describe()));
            out.put("attachments", parts);
        }
        if (!ignored.isEmpty()) {
            out.put("ignored", ignored);
        }
        if (!notes.isEmpty()) {
            out.put("notes", notes);
        }
        return out;
    }
}
