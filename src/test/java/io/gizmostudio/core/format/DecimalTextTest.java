package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalTextTest {

    @ParameterizedTest
    @CsvSource({
        "0.1, 0.1", "-0.0, 0", "1e-13, 0", "-6.123233995736766e-17, 0", "2, 2", "12.15, 12.15",
        "0.3333333333333333, 0.3333333333", "1.5e-8, 1.5e-8", "0.00000774, 0.00000774",
        "12345678901, 1.23456789e10", "-3.141592653589793, -3.141592654", "4000, 4000"})
    void numbersAreShortExactEnoughAndPlain(double value, String expected) {
        assertThat(DecimalText.of(value)).isEqualTo(expected);
    }

    @Test
    void textDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(DecimalText.of(0.5, 1234.25)).isEqualTo("0.5 1234.25");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        assertThatThrownBy(() -> DecimalText.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DecimalText.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}
