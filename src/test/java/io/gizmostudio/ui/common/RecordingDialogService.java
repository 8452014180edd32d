package io.gizmostudio.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} that answers with canned replies and records what the user would have seen. */
public final class RecordingDialogService implements DialogService {
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> notifiedErrors = new ArrayList<>();
    public final List<String> clipboard = new ArrayList<>();
    public boolean confirmAnswer = true;
    public String chosenOption;
    public Path chosenFile;
    public final List<String> questions = new ArrayList<>();
    /** What {@link #ask} answers; null means Cancel. */
    public String answer;

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public Optional<String> ask(String title, String message, List<String> answers) {
        questions.add(message);
        return Optional.ofNullable(answer).filter(answers::contains);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void notifyInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public void notifyError(String title, String message) {
        notifiedErrors.add(title + ": " + message);
    }

    @Override
    public Optional<String> chooseOne(String title, String prompt, List<String> options, String preselected) {
        return Optional.ofNullable(chosenOption);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedFileName) {
        return Optional.ofNullable(chosenFile);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String kind, List<String> patterns) {
        return Optional.ofNullable(chosenFile);
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard.add(text);
    }
}
