package io.gizmostudio.ui.shell;

import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.jobs.JobTracker;
import io.gizmostudio.ui.library.AssetActionsViewModel;
import io.gizmostudio.ui.library.AssetLibraryViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's commands (menu, toolbar and shortcuts share them) and the status bar's job count. Child
 * ViewModels (library, actions, connection) are built by the composition root and handed in.
 */
public final class MainWindowViewModel {
    private final AssetLibraryViewModel library;
    private final AssetActionsViewModel actions;
    private final ConnectionStatusViewModel connection;
    private final JobTracker jobs;
    private final Command generate;
    private final Command focusSearch;
    private final Command refresh;
    private final Command settings;
    private final Command quit;
    private final ReadOnlyStringWrapper jobsText = new ReadOnlyStringWrapper();
    /** Set by the View once it exists; until then the view-only commands do nothing. */
    private WindowRequests requests = WindowRequests.NONE;

    public MainWindowViewModel(AssetLibraryViewModel library, AssetActionsViewModel actions,
                               ConnectionStatusViewModel connection, JobTracker jobs) {
        this.library = library;
        this.actions = actions;
        this.connection = connection;
        this.jobs = jobs;
        generate = Command.when(connection.stateProperty().isNotEqualTo(ConnectionState.CONNECTING),
                () -> requests.openGenerateDialog());
        focusSearch = Command.of(() -> requests.focusSearch());
        refresh = Command.of(() -> {
            library.refresh();
            connection.checkNow();
        });
        settings = Command.of(() -> requests.openSettings());
        quit = Command.of(() -> requests.quit());
        jobsText.bind(Bindings.createStringBinding(() -> {
            int n = jobs.runningCountProperty().get();
            return n == 0 ? "No jobs running" : n == 1 ? "1 job running" : n + " jobs running";
        }, jobs.runningCountProperty()));
    }

    /** The View registers what it can do for the commands (dialogs, focus, closing the window). */
    public void setRequests(WindowRequests requests) {
        this.requests = requests;
    }

    public AssetLibraryViewModel library() {
        return library;
    }

    public AssetActionsViewModel actions() {
        return actions;
    }

    public ConnectionStatusViewModel connection() {
        return connection;
    }

    public JobTracker jobs() {
        return jobs;
    }

    public Command generateCommand() {
        return generate;
    }

    public Command focusSearchCommand() {
        return focusSearch;
    }

    public Command refreshCommand() {
        return refresh;
    }

    public Command settingsCommand() {
        return settings;
    }

    public Command quitCommand() {
        return quit;
    }

    /** "2 jobs running". */
    public ReadOnlyStringProperty jobsTextProperty() {
        return jobsText.getReadOnlyProperty();
    }
}
