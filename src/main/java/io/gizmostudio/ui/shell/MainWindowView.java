package io.gizmostudio.ui.shell;

import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.generate.GenerateDialogView;
import io.gizmostudio.ui.generate.GenerateDialogViewModel;
import io.gizmostudio.ui.jobs.TaskPanelView;
import io.gizmostudio.ui.library.AssetDetailsView;
import io.gizmostudio.ui.library.AssetLibraryView;
import io.gizmostudio.ui.settings.SettingsView;
import io.gizmostudio.ui.settings.SettingsViewModel;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window: library on the left, the scene composer's place in the middle (running jobs below it), preview
 * and details on the right, menus and toolbar on top, status bar below. Handles the requests only a View can.
 */
public final class MainWindowView extends BorderPane implements WindowRequests {
    private final Stage stage;
    private final AssetLibraryView library;
    private final Supplier<GenerateDialogViewModel> generateDialogs;
    private final Supplier<SettingsViewModel> settingsDialogs;
    private final SplitPane columns;
    private final SplitPane middle;
    private final SplitPane right;

    public MainWindowView(Stage stage, MainWindowViewModel vm, AssetLibraryView library, AssetDetailsView details,
                          TaskPanelView tasks, Node preview, Command openDescription,
                          Supplier<GenerateDialogViewModel> generateDialogs,
                          Supplier<SettingsViewModel> settingsDialogs, WindowLayout layout) {
        this.stage = stage;
        this.library = library;
        this.generateDialogs = generateDialogs;
        this.settingsDialogs = settingsDialogs;
        setId("mainWindow");
        Command delete = vm.actions().deleteCommand();
        // Delete in a text field edits the text; only elsewhere does it delete the selected asset.
        Command guardedDelete = Command.when(delete.executableProperty(), () -> {
            if (!(stage.getScene().getFocusOwner() instanceof TextInputControl)) {
                delete.execute();
            }
        });
        setTop(new VBox(MainMenus.menuBar(vm, guardedDelete, openDescription), MainMenus.toolBar(vm)));

        Node composer = new EmptyStatePane("composerPlaceholder", "⬚", "Scene composer — coming next",
                "Drag assets here to place them in a simulation scene (Z-up, metres).");
        middle = new SplitPane(composer, tasks);
        middle.setOrientation(Orientation.VERTICAL);
        right = new SplitPane(preview, details);
        right.setOrientation(Orientation.VERTICAL);
        columns = new SplitPane(library, middle, right);
        SplitPane.setResizableWithParent(library, false);
        setCenter(columns);
        setBottom(new StatusBarView(vm));
        restoreDividers(layout);
        vm.setRequests(this);
    }

    @Override
    public void openGenerateDialog() {
        new GenerateDialogView(generateDialogs.get(), stage).showAndWait();
    }

    @Override
    public void openSettings() {
        new SettingsView(settingsDialogs.get(), stage).showAndWait();
    }

    @Override
    public void focusSearch() {
        library.focusSearch();
    }

    @Override
    public void quit() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Puts the keyboard in the asset list (arrows, Delete) rather than on the first toolbar button. */
    public void focusLibrary() {
        library.list().requestFocus();
    }

    /** The window's current geometry and split positions, to save on exit. */
    public WindowLayout currentLayout() {
        return new WindowLayout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                columns.getDividerPositions()[0], columns.getDividerPositions()[1],
                middle.getDividerPositions()[0], right.getDividerPositions()[0]);
    }

    private void restoreDividers(WindowLayout layout) {
        columns.setDividerPositions(layout.libraryDivider(), Math.max(layout.libraryDivider() + 0.1, layout.previewDivider()));
        middle.setDividerPositions(layout.composerDivider());
        right.setDividerPositions(layout.detailsDivider());
    }
}
