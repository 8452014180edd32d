package io.gizmostudio.ui.preview;

import io.gizmostudio.core.format.xacro.XacroArgument;
import io.gizmostudio.ui.common.Command;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The arguments of a xacro file before it is expanded: one row per {@code <xacro:arg>} the file declares, showing its
 * default and holding the value the user gives (blank keeps the default). An argument without a default must be
 * given; until each is, Expand is disabled and {@link #problemProperty()} says which one is missing. Values given
 * earlier (the command line, the last expansion) fill the rows, and ones the file does not declare are passed on.
 */
public final class XacroArgumentsViewModel {
    /** One declared argument: its name, its default as written ("" for none) and the value given. */
    public static final class Row {
        private final XacroArgument argument;
        private final StringProperty value = new SimpleStringProperty("");

        Row(XacroArgument argument, String given) {
            this.argument = argument;
            value.set(given == null ? "" : given);
        }

        public String name() {
            return argument.name();
        }

        /** The default as the file writes it, or "" when it has none (then the argument must be given). */
        public String defaultText() {
            return argument.defaultValue().orElse("");
        }

        public boolean required() {
            return argument.defaultValue().isEmpty();
        }

        public StringProperty valueProperty() {
            return value;
        }

        boolean missing() {
            return required() && value.get().isBlank();
        }
    }

    private final Path file;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final Map<String, String> undeclared = new LinkedHashMap<>();
    private final StringBinding problem;
    private final Command expand;

    /** {@code onExpand} gets the arguments to expand {@code file} with, when the user confirms. */
    public XacroArgumentsViewModel(Path file, List<XacroArgument> declared, Map<String, String> given,
                                   Consumer<Map<String, String>> onExpand) {
        this.file = file;
        for (XacroArgument a : declared) {
            rows.add(new Row(a, given.get(a.name())));
        }
        given.forEach((name, value) -> {
            if (declared.stream().noneMatch(a -> a.name().equals(name))) {
                undeclared.put(name, value);
            }
        });
        problem = Bindings.createStringBinding(this::firstProblem,
                rows.stream().map(Row::valueProperty).toArray(javafx.beans.Observable[]::new));
        BooleanBinding valid = problem.isEmpty();
        expand = Command.when(valid, () -> onExpand.accept(arguments()));
    }

    public Path file() {
        return file;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Why Expand is disabled ("set robot_ip: it has no default"), or "". */
    public StringBinding problemProperty() {
        return problem;
    }

    /** Expands the file with the arguments as set; disabled while a required one is blank. */
    public Command expandCommand() {
        return expand;
    }

    /** What the file is expanded with: every value given (trimmed), blanks left to their defaults. */
    public Map<String, String> arguments() {
        Map<String, String> out = new LinkedHashMap<>(undeclared);
        for (Row r : rows) {
            if (!r.valueProperty().get().isBlank()) {
                out.put(r.name(), r.valueProperty().get().strip());
            }
        }
        return out;
    }

    private String firstProblem() {
        return rows.stream().filter(Row::missing).findFirst()
                .map(r -> "Set " + r.name() + ": it has no default").orElse("");
    }
}
