package io.gizmostudio.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * One user action shared by a menu item, a toolbar button and a shortcut: what it does and whether it can be
 * done now. Views bind {@code disable} to {@link #executableProperty()} and call {@link #execute()}.
 */
public final class Command {
    private final Runnable action;
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(true);

    private Command(Runnable action) {
        this.action = action;
    }

    /** A command that can always run. */
    public static Command of(Runnable action) {
        return new Command(action);
    }

    /** A command that can run while {@code condition} holds. */
    public static Command when(ObservableBooleanValue condition, Runnable action) {
        Command command = new Command(action);
        command.executable.bind(condition);
        return command;
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }

    /** Runs the action when executable; a disabled command ignores the keystroke. */
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
