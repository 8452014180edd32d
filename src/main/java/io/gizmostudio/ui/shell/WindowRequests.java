package io.gizmostudio.ui.shell;

/** What the main window's ViewModel asks its View to do: things only a View can (open dialogs, move focus). */
public interface WindowRequests {
    void openGenerateDialog();

    void openSettings();

    void focusSearch();

    void quit();
}
