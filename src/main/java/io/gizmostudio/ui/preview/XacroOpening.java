package io.gizmostudio.ui.preview;

import io.gizmostudio.core.format.xacro.XacroArgument;
import io.gizmostudio.ui.common.Command;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The xacro side of the preview: the arguments dialog to show before a xacro file that declares arguments is
 * expanded, and the file and arguments last expanded, so "Arguments…" can expand it again with other values. The
 * preview reads the declarations and opens the file; this holds what the View shows. UI thread only.
 */
public final class XacroOpening {
    /** The xacro file last opened (shown, failed or not expanded) and the arguments it was given. */
    public record XacroOpened(Path file, Map<String, String> arguments) {
        public XacroOpened {
            arguments = Map.copyOf(arguments);
        }
    }

    private final ReadOnlyObjectWrapper<XacroArgumentsViewModel> request = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<XacroOpened> opened = new ReadOnlyObjectWrapper<>();
    private final Command argumentsCommand;
    private final BiConsumer<Path, Map<String, String>> expand;
    private final Consumer<Path> notExpanded;

    /**
     * {@code askAgain} reads a file's declarations and asks for them (the preview's), {@code expand} opens a file with
     * arguments, {@code notExpanded} tells the user a file was left unexpanded (the dialog closed without Expand).
     */
    XacroOpening(BiConsumer<Path, Map<String, String>> askAgain, BiConsumer<Path, Map<String, String>> expand,
                 Consumer<Path> notExpanded) {
        this.expand = expand;
        this.notExpanded = notExpanded;
        this.argumentsCommand = Command.when(opened.isNotNull(),
                () -> askAgain.accept(opened.get().file(), opened.get().arguments()));
    }

    /**
     * The arguments dialog the View should show (null: none). Its Expand opens the file; the View calls
     * {@link #requestHandled()} when the dialog closes either way.
     */
    public ReadOnlyObjectProperty<XacroArgumentsViewModel> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** The xacro file last opened, with its arguments (null when the preview shows something else). */
    public ReadOnlyObjectProperty<XacroOpened> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** "Arguments…": expands the xacro file last opened again, the dialog filled with the values last used. */
    public Command argumentsCommand() {
        return argumentsCommand;
    }

    /** The arguments dialog closed; without Expand, the file is remembered and the user told how to expand it later. */
    public void requestHandled() {
        XacroArgumentsViewModel cancelled = request.get();
        if (cancelled != null) {
            request.set(null);
            opened.set(new XacroOpened(cancelled.file(), cancelled.arguments()));
            notExpanded.accept(cancelled.file());
        }
    }

    /** Asks for the arguments {@code file} declares, filled with {@code given}. */
    void ask(Path file, List<XacroArgument> declared, Map<String, String> given) {
        request.set(new XacroArgumentsViewModel(file, declared, given, args -> {
            request.set(null);
            expand.accept(file, args);
        }));
    }

    /** {@code file} was opened with {@code args}: remembered if it is a xacro file. */
    void opened(Path file, Map<String, String> args, boolean xacro) {
        opened.set(xacro ? new XacroOpened(file, args) : null);
    }

    /** The preview shows something else (a library asset). */
    void clear() {
        opened.set(null);
        request.set(null);
    }
}
