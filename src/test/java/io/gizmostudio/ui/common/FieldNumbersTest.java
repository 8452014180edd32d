package io.gizmostudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc    | x: \"abc\" is not a number.",
        "NaN    | x: \"NaN\" is not a number.",
        "Infinity | x: \"Infinity\" is not a number.",
        "0x10   | x: \"0x10\" is not a number.",
        "1e5    | x: must be within ±10 km.",
        "-10000.5 | x: must be within ±10 km.",
        "''     | x: enter a number.",
        "1e400  | x: must be a finite number."})
    void refusesWhatIsNotAPlacementCoordinate(String text, String message) {
        assertEquals(message, FieldNumbers.problem("x", text, FieldNumbers.MAX_METRES));
    }

    @ParameterizedTest
    @CsvSource({"0.45,0.45", "'1,5',1.5", "+2,2", "-.25,-0.25", "10000,10000", "3e2,300"})
    void acceptsPlainDecimals(String text, double value) {
        assertEquals("", FieldNumbers.problem("x", text, FieldNumbers.MAX_METRES));
        assertEquals(value, FieldNumbers.parse(text), 0);
    }

    @ParameterizedTest
    @CsvSource({"0.1,0.1", "1.0,1", "-0.0,0", "1234.56789,1234.5679", "1e-9,0", "100,100"})
    void formatsWithoutExponentOrTrailingZeros(double value, String text) {
        assertEquals(text, FieldNumbers.format(value));
    }

    @Property
    void whatIsShownReadsBackWithinATenthOfAMillimetre(@ForAll @DoubleRange(min = -10_000, max = 10_000) double v) {
        String shown = FieldNumbers.format(v);
        assertEquals("", FieldNumbers.problem("x", shown, FieldNumbers.MAX_METRES));
        assertTrue(Math.abs(FieldNumbers.parse(shown) - v) <= 5e-5 + 1e-12, shown);
    }
}
