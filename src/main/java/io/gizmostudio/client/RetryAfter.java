package io.gizmostudio.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delta seconds ({@code 120}) or an HTTP date, relative to a clock. */
final class RetryAfter {
    private RetryAfter() {
    }

    /** Empty when the header is absent or unreadable; a date in the past reads as zero. */
    static Optional<Duration> parse(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        try {
            double seconds = Double.parseDouble(value);
            if (Double.isNaN(seconds) || Double.isInfinite(seconds) || seconds < 0) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), when.toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
