package io.gizmostudio.core.generate;

import java.util.Map;
import java.util.Optional;

/** Words that name a construction material: "stainless", "aluminum", "oak", "wooden", "ABS" and so on. */
final class MaterialWords {
    private static final Map<String, MaterialKind> WORDS = Map.ofEntries(
            Map.entry("steel", MaterialKind.STEEL), Map.entry("stainless", MaterialKind.STEEL),
            Map.entry("metal", MaterialKind.STEEL), Map.entry("metallic", MaterialKind.STEEL),
            Map.entry("iron", MaterialKind.STEEL), Map.entry("galvanised", MaterialKind.STEEL),
            Map.entry("galvanized", MaterialKind.STEEL), Map.entry("chrome", MaterialKind.STEEL),
            Map.entry("aluminium", MaterialKind.ALUMINIUM), Map.entry("aluminum", MaterialKind.ALUMINIUM),
            Map.entry("alu", MaterialKind.ALUMINIUM), Map.entry("alloy", MaterialKind.ALUMINIUM),
            Map.entry("wood", MaterialKind.WOOD), Map.entry("wooden", MaterialKind.WOOD),
            Map.entry("oak", MaterialKind.WOOD), Map.entry("pine", MaterialKind.WOOD),
            Map.entry("walnut", MaterialKind.WOOD), Map.entry("birch", MaterialKind.WOOD),
            Map.entry("maple", MaterialKind.WOOD), Map.entry("teak", MaterialKind.WOOD),
            Map.entry("beech", MaterialKind.WOOD), Map.entry("plywood", MaterialKind.WOOD),
            Map.entry("mdf", MaterialKind.WOOD), Map.entry("timber", MaterialKind.WOOD),
            Map.entry("bamboo", MaterialKind.WOOD), Map.entry("mahogany", MaterialKind.WOOD),
            Map.entry("plastic", MaterialKind.PLASTIC), Map.entry("abs", MaterialKind.PLASTIC),
            Map.entry("nylon", MaterialKind.PLASTIC), Map.entry("pvc", MaterialKind.PLASTIC),
            Map.entry("polypropylene", MaterialKind.PLASTIC), Map.entry("acrylic", MaterialKind.PLASTIC),
            Map.entry("polycarbonate", MaterialKind.PLASTIC), Map.entry("plastics", MaterialKind.PLASTIC),
            Map.entry("rubber", MaterialKind.RUBBER), Map.entry("silicone", MaterialKind.RUBBER),
            Map.entry("rubberised", MaterialKind.RUBBER), Map.entry("rubberized", MaterialKind.RUBBER));

    private MaterialWords() {
    }

    static Optional<MaterialKind> of(String word) {
        return Optional.ofNullable(WORDS.get(word));
    }
}
