package io.gizmostudio.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a ViewModel may ask of the user or show them, without knowing about windows. The JavaFX
 * implementation opens alerts, choosers and notifications; tests answer with canned replies.
 */
public interface DialogService {

    /** Asks a yes/no question; true when the user confirmed. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Asks a question with several answers, one button each, plus Cancel (the default, so Enter never discards
     * anything): the answer chosen, or empty when cancelled or closed. "Save", "Don't save" for unsaved edits.
     */
    Optional<String> ask(String title, String message, List<String> answers);

    /** A blocking error message for something the user must read. */
    void showError(String title, String message);

    /** A passing notification (ready, saved). */
    void notifyInfo(String title, String message);

    /** A passing notification for something that failed. */
    void notifyError(String title, String message);

    /** Lets the user pick one of {@code options}; empty when cancelled. */
    Optional<String> chooseOne(String title, String prompt, List<String> options, String preselected);

    /** Asks where to save a file; empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String suggestedFileName);

    /** Asks for an existing file to open; {@code patterns} are globs such as {@code *.urdf}, described by {@code kind}. */
    Optional<Path> chooseOpenFile(String title, String kind, List<String> patterns);

    /** Puts text on the system clipboard. */
    void copyToClipboard(String text);
}
