package io.gizmostudio.core.format.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.xml.XmlElement;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The number-list scanner agrees with {@link Double#parseDouble} bit for bit, fast path or not. */
class ColladaNumbersTest {
    private static final XmlElement ARRAY = new XmlElement("float_array", Map.of(), Path.of("part.dae"), 7);

    private static double parsed(String token) {
        double[] v = ColladaNumbers.doubles(ARRAY, " \n\t" + token + "\r\n ");
        assertThat(v).hasSize(1);
        return v[0];
    }

    @Property(tries = 2000)
    void anyFiniteDoubleInJavaNotationParsesExactly(@ForAll double value) {
        if (Double.isFinite(value)) {
            assertThat(Double.doubleToLongBits(parsed(Double.toString(value)))).isEqualTo(Double.doubleToLongBits(value));
        }
    }

    @Property(tries = 2000)
    void exporterStyleDecimalsParseAsParseDoubleDoes(@ForAll @DoubleRange(min = -1e4, max = 1e4) double value,
                                                     @ForAll @IntRange(min = 0, max = 17) int digits) {
        String text = String.format(Locale.ROOT, "%." + digits + "f", value);
        assertThat(Double.doubleToLongBits(parsed(text))).isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
        String scientific = String.format(Locale.ROOT, "%." + digits + "e", value);
        assertThat(Double.doubleToLongBits(parsed(scientific))).isEqualTo(Double.doubleToLongBits(Double.parseDouble(scientific)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+1", ".5", "5.", "-.25e-3", "1E5", "0.000000000000000000001", "123456789012345678",
        "0.1000000000000000055511151231257827", "9007199254740993", "1e22", "1e23", "4.9e-324", "1.7976931348623157e308"})
    void edgeCasesAgreeWithParseDouble(String text) {
        assertThat(Double.doubleToLongBits(parsed(text))).isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
        assertThat(new BigDecimal(parsed(text))).isEqualTo(new BigDecimal(Double.parseDouble(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "NaN", "INF", "1e", "--1", "0x10", "1e999"})
    void malformedOrNonFiniteTokensAreErrorsOnTheElement(String token) {
        assertThatThrownBy(() -> ColladaNumbers.doubles(ARRAY, "0 1 " + token))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessage("part.dae, line 7, <float_array>: value 3 is not a finite number: '" + token + "'");
    }

    @Property(tries = 500)
    void indicesRoundTrip(@ForAll @IntRange(min = 0) int a, @ForAll @IntRange(min = 0) int b) {
        assertThat(ColladaNumbers.indices(ARRAY, a + "\n  " + b + " ")).containsExactly(a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "2147483648", "1.5", "x"})
    void badIndicesAreErrors(String token) {
        assertThatThrownBy(() -> ColladaNumbers.indices(ARRAY, "0 " + token + " 2"))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("value 2 is not an index: '" + token + "'");
    }
}
