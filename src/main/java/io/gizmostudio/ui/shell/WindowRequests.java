package io.gizmostudio.ui.shell;

/** What the main window's ViewModel asks its View to do: things only a View can (open dialogs, move focus). */
public interface WindowRequests {
    /** Does nothing: the state before the View has attached. */
    WindowRequests NONE = new WindowRequests() {
        @Override
        public void openGenerateDialog() {
        }

        @Override
        public void openSettings() {
        }

        @Override
        public void focusSearch() {
        }

        @Override
        public void quit() {
        }
    };

    void openGenerateDialog();

    void openSettings();

    void focusSearch();

    void quit();
}
