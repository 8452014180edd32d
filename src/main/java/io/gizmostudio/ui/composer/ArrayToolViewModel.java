package io.gizmostudio.ui.composer;

import io.gizmostudio.ui.common.FieldNumbers;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The array tool's form: rows × columns of copies of the selected placement with a spacing in X and Y. Checks as the
 * user types; {@link #apply} makes the copies as one undoable edit.
 */
public final class ArrayToolViewModel {
    static final int MAX_COUNT = 100;
    private final SceneComposerViewModel composer;
    private final StringProperty rows = new SimpleStringProperty("2");
    private final StringProperty columns = new SimpleStringProperty("3");
    private final StringProperty spacingX;
    private final StringProperty spacingY;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;

    /** Spacing starts at the selected placement's size plus 10 cm, so the copies do not overlap. */
    public ArrayToolViewModel(SceneComposerViewModel composer, double suggestedX, double suggestedY) {
        this.composer = composer;
        spacingX = new SimpleStringProperty(FieldNumbers.format(suggestedX));
        spacingY = new SimpleStringProperty(FieldNumbers.format(suggestedY));
        rows.addListener((o, a, b) -> check());
        columns.addListener((o, a, b) -> check());
        spacingX.addListener((o, a, b) -> check());
        spacingY.addListener((o, a, b) -> check());
        valid = Bindings.createBooleanBinding(() -> error.get().isEmpty(), error);
        check();
    }

    public StringProperty rowsProperty() {
        return rows;
    }

    public StringProperty columnsProperty() {
        return columns;
    }

    public StringProperty spacingXProperty() {
        return spacingX;
    }

    public StringProperty spacingYProperty() {
        return spacingY;
    }

    /** "" while the form is valid, else what to fix. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** Makes the copies when the form is valid; returns whether it did. */
    public boolean apply() {
        check();
        if (!error.get().isEmpty()) {
            return false;
        }
        composer.array(Integer.parseInt(rows.get().trim()), Integer.parseInt(columns.get().trim()),
                FieldNumbers.parse(spacingX.get()), FieldNumbers.parse(spacingY.get()));
        return true;
    }

    private void check() {
        error.set(firstProblem());
    }

    private String firstProblem() {
        String r = count("Rows", rows.get());
        if (!r.isEmpty()) {
            return r;
        }
        String c = count("Columns", columns.get());
        if (!c.isEmpty()) {
            return c;
        }
        if (Integer.parseInt(rows.get().trim()) * Integer.parseInt(columns.get().trim()) < 2) {
            return "Make at least one copy: rows × columns must be 2 or more.";
        }
        String x = FieldNumbers.problem("Spacing X", spacingX.get(), FieldNumbers.MAX_METRES);
        return x.isEmpty() ? FieldNumbers.problem("Spacing Y", spacingY.get(), FieldNumbers.MAX_METRES) : x;
    }

    private static String count(String label, String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            return n >= 1 && n <= MAX_COUNT ? "" : label + ": from 1 to " + MAX_COUNT + ".";
        } catch (NumberFormatException e) {
            return label + ": a whole number, from 1 to " + MAX_COUNT + ".";
        }
    }
}
