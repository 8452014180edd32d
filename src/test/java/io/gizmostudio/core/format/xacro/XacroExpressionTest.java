package io.gizmostudio.core.format.xacro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XacroExpressionTest {
    private static final Map<String, Object> PROPS = Map.of(
            "width", 0.5, "n", 3L, "prefix", "left_", "flag", true,
            "cfg", Map.of("joint_limits", Map.of("shoulder", Map.of("max_velocity", 3.14))),
            "offsets", List.of(0.1, 0.2, 0.3));

    private static String eval(String text) {
        return XacroValues.text(XacroExpression.evaluate(text,
                name -> PROPS.containsKey(name) ? PROPS.get(name) : XacroExpression.Names.UNDEFINED));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "1 + 2 * 3 | 7",
        "(1 + 2) * 3 | 9",
        "7 / 2 | 3.5",
        "7 // 2 | 3",
        "-7 % 3 | 2",
        "2 ** 10 | 1024",
        "2 ** -1 | 0.5",
        "-2 ** 2 | -4",
        "width * 2 | 1.0",
        "width / 4 | 0.125",
        "n + 1 | 4",
        "1e-3 * 10 | 0.01",
        "0.00001 | 1e-05",
        "pi | 3.141592653589793",
        "radians(180) | 3.141592653589793",
        "degrees(pi / 2) | 90.0",
        "sin(0) + cos(0) | 1.0",
        "atan2(1, 1) * 4 | 3.141592653589793",
        "sqrt(16) | 4.0",
        "abs(-3) | 3",
        "floor(2.7) + ceil(2.1) | 5",
        "min(3, 1, 2) | 1",
        "max([0.1, 0.4, 0.2]) | 0.4",
        "math.pi / 2 | 1.5707963267948966",
        "3 > 2 | True",
        "1 < n <= 3 | True",
        "n == 3.0 | True",
        "n != 3 | False",
        "flag and n > 5 | False",
        "flag or undefined_is_never_reached | True",
        "not flag | False",
        "'a' if flag else 'b' | a",
        "0.1 if n > 4 else 0.2 | 0.2",
        "prefix + 'upper_arm' | left_upper_arm",
        "\"x\" + 'y' | xy",
        "cfg['joint_limits']['shoulder']['max_velocity'] | 3.14",
        "cfg.joint_limits.shoulder.max_velocity | 3.14",
        "cfg['joint_limits'].get('elbow', 1.5) | 1.5",
        "offsets[0] + offsets[-1] | 0.4",
        "len(offsets) | 3",
        "'shoulder' in cfg['joint_limits'] | True",
        "'elbow' not in cfg.joint_limits | True",
        "float('2') | 2.0",
        "int(2.9) | 2",
        "str(n) + 'x' | 3x",
        "prefix.upper() | LEFT_",
        "[1, 2] + [3] | [1, 2, 3]",
        "True | True",
        "round(2.567, 2) | 2.57"
    })
    void evaluatesLikePython(String expression, String expected) {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    @Test
    void plainTextBecomesNumbersAndBooleansAsXacroStoresThem() {
        assertThat(XacroValues.literal("0.5")).isEqualTo(0.5);
        assertThat(XacroValues.literal("12")).isEqualTo(12L);
        assertThat(XacroValues.literal("true")).isEqualTo(true);
        assertThat(XacroValues.literal("'0.5'")).isEqualTo("0.5");
        assertThat(XacroValues.literal("1_0")).isEqualTo("1_0");
        assertThat(XacroValues.literal("ur5e")).isEqualTo("ur5e");
    }

    @Test
    void anUndefinedNameIsNamedInTheError() {
        assertThatThrownBy(() -> eval("width + lenght")).isInstanceOf(XacroEvalException.class)
                .hasMessageContaining("undefined property 'lenght'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 + | ends too early",
        "(1 + 2 | expected ')'",
        "1 / 0 | division by zero",
        "'a' - 1 | unsupported operands for -",
        "sqrt(-1) | negative",
        "cfg['nope'] | no key str 'nope'",
        "offsets[5] | out of range",
        "width(2) | not callable",
        "1 ? 2 | unexpected character '?'",
        "atan2(1) | takes 2 arguments"
    })
    void badExpressionsSayWhatIsWrong(String expression, String message) {
        assertThatThrownBy(() -> eval(expression)).isInstanceOf(XacroEvalException.class).hasMessageContaining(message);
    }

    @Test
    void yamlSubsetReadsMapsListsScalarsAndAngleTags() {
        Object v = XacroYaml.parse("""
                # a comment
                joint_limits:
                  shoulder_pan_joint:
                    has_velocity_limits: true
                    max_effort: 150.0   # N m
                    max_position: !degrees  360.0
                    min_position: !radians -pi
                    count: 3
                    name: "base link"
                    none: ~
                list_block:
                  - 1
                  - name: a
                    value: 2.5
                  - [x, 'y z', 3]
                flow: {a: 1, b: [1, 2]}
                """);
        assertThat(v).isInstanceOf(Map.class);
        Map<?, ?> m = (Map<?, ?>) v;
        Map<?, ?> pan = (Map<?, ?>) ((Map<?, ?>) m.get("joint_limits")).get("shoulder_pan_joint");
        assertThat(pan.get("has_velocity_limits")).isEqualTo(true);
        assertThat(pan.get("max_effort")).isEqualTo(150.0);
        assertThat((Double) pan.get("max_position")).isCloseTo(2 * Math.PI, org.assertj.core.data.Offset.offset(1e-12));
        assertThat((Double) pan.get("min_position")).isCloseTo(-Math.PI, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(pan.get("count")).isEqualTo(3L);
        assertThat(pan.get("name")).isEqualTo("base link");
        assertThat(pan.containsKey("none")).isTrue();
        assertThat(pan.get("none")).isNull();
        List<?> list = (List<?>) m.get("list_block");
        assertThat(list.get(0)).isEqualTo(1L);
        assertThat(list.get(1)).isEqualTo(Map.of("name", "a", "value", 2.5));
        assertThat(list.get(2)).isEqualTo(List.of("x", "y z", 3L));
        assertThat(m.get("flow")).isEqualTo(Map.of("a", 1L, "b", List.of(1L, 2L)));
    }

    @Test
    void yamlAnchorsAreRefusedWithTheLine() {
        assertThatThrownBy(() -> XacroYaml.parse("a: 1\nb: &x 2\n")).isInstanceOf(XacroEvalException.class)
                .hasMessageContaining("YAML line 2");
    }
}
