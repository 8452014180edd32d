package io.gizmostudio.ui.shell;

import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.generate.GenerateDialogView;
import io.gizmostudio.ui.generate.GenerateDialogViewModel;
import io.gizmostudio.ui.jobs.TaskPanelView;
import io.gizmostudio.ui.library.AssetDetailsView;
import io.gizmostudio.ui.library.AssetLibraryView;
import io.gizmostudio.ui.settings.SettingsView;
import io.gizmostudio.ui.settings.SettingsViewModel;
import io.gizmostudio.ui.composer.SceneComposerView;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window: library on the left, the scene composer in the middle (running jobs below it), preview
 * and details on the right, menus and toolbar on top, status bar below. Handles the requests only a View can.
 */
public final class MainWindowView extends BorderPane implements WindowRequests {
    private final Stage stage;
    private final AssetLibraryView library;
    private final Supplier<GenerateDialogViewModel> generateDialogs;
    private final Supplier<SettingsViewModel> settingsDialogs;
    private final WindowColumns columns;
    private final SceneComposerView composer;
    private final SplitPane middle;
    private final SplitPane right;

    /** The window dialogs opened from the menus belong to. */
    javafx.stage.Window owner() {
        return stage;
    }

    public MainWindowView(Stage stage, MainWindowViewModel vm, AssetLibraryView library, AssetDetailsView details,
                          TaskPanelView tasks, Node preview, SceneComposerView composer, Command openDescription,
                          List<MenuItem> sceneFileItems,
                          Supplier<GenerateDialogViewModel> generateDialogs,
                          Supplier<SettingsViewModel> settingsDialogs, WindowLayout layout, AboutInfo about) {
        this.stage = stage;
        this.library = library;
        this.generateDialogs = generateDialogs;
        this.settingsDialogs = settingsDialogs;
        setId("mainWindow");
        this.composer = composer;
        Command delete = vm.actions().deleteCommand();
        Command deletePlacements = composer.actions().viewModel().deleteCommand();
        // Delete edits the text in a text field, removes placements in the composer, and asks to delete the
        // selected asset anywhere else.
        Command guardedDelete = Command.when(delete.executableProperty().or(deletePlacements.executableProperty()), () -> {
            Node focus = stage.getScene().getFocusOwner();
            if (focus instanceof TextInputControl) {
                return;
            }
            if (isInside(focus, composer)) {
                deletePlacements.execute();
            } else {
                delete.execute();
            }
        });
        middle = new SplitPane(composer, tasks);
        middle.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(tasks, false);
        right = new SplitPane(preview, details);
        right.setOrientation(Orientation.VERTICAL);
        columns = new WindowColumns(library, middle, right, layout.libraryDivider(), layout.previewDivider());
        setTop(new VBox(MainMenus.menuBar(vm, guardedDelete, openDescription, composer.actions(), sceneFileItems, this, about), MainMenus.toolBar(vm)));
        setCenter(columns.pane());
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

    /** The window's current geometry, split positions and shown panes, to save on exit. */
    public WindowLayout currentLayout() {
        return new WindowLayout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                columns.libraryEnd(), columns.previewStart(),
                middle.getDividerPositions()[0], right.getDividerPositions()[0],
                composer.sideDivider(), composer.inspectorDivider(),
                columns.libraryShown(), columns.previewShown(), composer.isSidePanelShown());
    }

    /** View menu: hide or show the library column. */
    void showLibrary(boolean shown) {
        columns.showLibrary(shown);
    }

    void showPreview(boolean shown) {
        columns.showPreview(shown);
    }

    void showScenePanel(boolean shown) {
        composer.setSidePanelShown(shown);
    }

    boolean libraryShown() {
        return columns.libraryShown();
    }

    boolean previewShown() {
        return columns.previewShown();
    }

    boolean scenePanelShown() {
        return composer.isSidePanelShown();
    }

    /** The composer (its canvas), for the composition root and tests. */
    public SceneComposerView composer() {
        return composer;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void restoreDividers(WindowLayout layout) {
        middle.setDividerPositions(layout.composerDivider());
        right.setDividerPositions(layout.detailsDivider());
        columns.showLibrary(layout.libraryShown());
        columns.showPreview(layout.previewShown());
        composer.setSidePanelShown(layout.scenePanelShown());
    }
}
