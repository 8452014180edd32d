package io.gizmostudio.ui.scenes;

import java.nio.file.Path;

/** A draft file that could not be read back: where it was, where it is kept now, and why it was unreadable. */
public record SetAsideDraft(Path original, Path keptAs, String reason) {
}
