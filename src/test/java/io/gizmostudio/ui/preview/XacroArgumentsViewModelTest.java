package io.gizmostudio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.format.xacro.XacroArgument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XacroArgumentsViewModelTest {
    private static final List<XacroArgument> DECLARED = List.of(
            new XacroArgument("prefix", Optional.of("")),
            new XacroArgument("ur_type", Optional.of("ur5e")),
            new XacroArgument("robot_ip", Optional.empty()));
    private final List<Map<String, String>> expanded = new ArrayList<>();

    private XacroArgumentsViewModel vm(Map<String, String> given) {
        return new XacroArgumentsViewModel(Path.of("ur.urdf.xacro"), DECLARED, given, expanded::add);
    }

    @Test
    void aRowPerDeclaredArgumentShowingItsDefault() {
        XacroArgumentsViewModel vm = vm(Map.of());
        assertThat(vm.rows()).extracting(XacroArgumentsViewModel.Row::name).containsExactly("prefix", "ur_type", "robot_ip");
        assertThat(vm.rows().get(1).defaultText()).isEqualTo("ur5e");
        assertThat(vm.rows().get(1).required()).isFalse();
        assertThat(vm.rows().get(2).required()).isTrue();
    }

    @Test
    void expandIsDisabledWithTheReasonUntilEveryArgumentWithoutADefaultIsGiven() {
        XacroArgumentsViewModel vm = vm(Map.of());
        assertThat(vm.expandCommand().isExecutable()).isFalse();
        assertThat(vm.problemProperty().get()).contains("robot_ip").contains("no default");
        vm.expandCommand().execute();
        assertThat(expanded).isEmpty();

        vm.rows().get(2).valueProperty().set("   ");
        assertThat(vm.expandCommand().isExecutable()).as("blank is not a value").isFalse();
        vm.rows().get(2).valueProperty().set("192.168.1.2");
        assertThat(vm.expandCommand().isExecutable()).isTrue();
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void expandPassesTheValuesGivenAndLeavesBlanksToTheirDefaults() {
        XacroArgumentsViewModel vm = vm(Map.of());
        vm.rows().get(1).valueProperty().set(" ur10e ");
        vm.rows().get(2).valueProperty().set("10.0.0.1");
        vm.expandCommand().execute();
        assertThat(expanded).containsExactly(Map.of("ur_type", "ur10e", "robot_ip", "10.0.0.1"));
    }

    @Test
    void valuesGivenBeforeFillTheRowsAndUndeclaredOnesArePassedOn() {
        XacroArgumentsViewModel vm = vm(Map.of("robot_ip", "10.0.0.9", "sim", "true"));
        assertThat(vm.rows().get(2).valueProperty().get()).isEqualTo("10.0.0.9");
        assertThat(vm.expandCommand().isExecutable()).isTrue();
        vm.expandCommand().execute();
        assertThat(expanded).containsExactly(Map.of("robot_ip", "10.0.0.9", "sim", "true"));
    }
}
