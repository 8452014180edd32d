package io.gizmostudio.core.generate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Words for overall size: "small", "mini", "compact" … "large", "big" … "heavy-duty", "industrial". */
final class SizeWords {
    /** A size named in a prompt and how many tokens it spans ("heavy duty" spans two). */
    record Match(SizeClass size, int length) {
    }

    private static final Map<String, SizeClass> WORDS = Map.ofEntries(
            Map.entry("small", SizeClass.SMALL), Map.entry("mini", SizeClass.SMALL),
            Map.entry("miniature", SizeClass.SMALL), Map.entry("compact", SizeClass.SMALL),
            Map.entry("tiny", SizeClass.SMALL), Map.entry("little", SizeClass.SMALL),
            Map.entry("micro", SizeClass.SMALL), Map.entry("desktop", SizeClass.SMALL),
            Map.entry("large", SizeClass.LARGE), Map.entry("big", SizeClass.LARGE),
            Map.entry("huge", SizeClass.LARGE), Map.entry("giant", SizeClass.LARGE),
            Map.entry("oversized", SizeClass.LARGE), Map.entry("xl", SizeClass.LARGE),
            Map.entry("heavy", SizeClass.HEAVY_DUTY), Map.entry("industrial", SizeClass.HEAVY_DUTY),
            Map.entry("rugged", SizeClass.HEAVY_DUTY), Map.entry("sturdy", SizeClass.HEAVY_DUTY),
            Map.entry("robust", SizeClass.HEAVY_DUTY), Map.entry("reinforced", SizeClass.HEAVY_DUTY),
            Map.entry("medium", SizeClass.MEDIUM), Map.entry("standard", SizeClass.MEDIUM),
            Map.entry("regular", SizeClass.MEDIUM));

    private SizeWords() {
    }

    static Optional<Match> at(List<PromptToken> tokens, int i) {
        PromptToken t = tokens.get(i);
        if (!t.isWord()) {
            return Optional.empty();
        }
        if (t.is("heavy") && i + 1 < tokens.size() && tokens.get(i + 1).is("duty")) {
            return Optional.of(new Match(SizeClass.HEAVY_DUTY, 2));
        }
        SizeClass s = WORDS.get(t.text());
        return s == null ? Optional.empty() : Optional.of(new Match(s, 1));
    }
}
