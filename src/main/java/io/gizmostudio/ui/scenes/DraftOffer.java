package io.gizmostudio.ui.scenes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One draft as the restore dialog lists it: "Restore 'Work cell'" / "12 placements, edited 14:02, not saved". */
public record DraftOffer(SceneDraft draft, String title, String details) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    /** The offer for {@code draft}; "today" and the clock face are {@code clock}'s, in its zone. */
    public static DraftOffer of(SceneDraft draft, Clock clock) {
        int n = draft.document().placements().size();
        String count = n == 1 ? "1 placement" : n + " placements";
        String state = draft.neverSaved() ? "never saved" : "not saved";
        return new DraftOffer(draft, "Restore '" + draft.document().name() + "'",
                count + ", edited " + when(draft, clock) + ", " + state);
    }

    private static String when(SceneDraft draft, Clock clock) {
        ZoneId zone = clock.getZone();
        ZonedDateTime at = draft.editedAt().atZone(zone);
        LocalDate today = LocalDate.now(clock);
        if (at.toLocalDate().equals(today)) {
            return TIME.format(at);
        }
        return (at.getYear() == today.getYear() ? DAY : DATE).format(at);
    }
}
