package io.gizmostudio.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A notification's message broken into lines a toast can show: at most {@code columns} characters a line (at word
 * boundaries; a word longer than a line — a path, an id — is cut across lines) and at most {@code maxLines} lines, the
 * last ending in "…" when the message goes on. The toast label does not wrap by itself: an unbroken message of a few
 * hundred characters made a toast thousands of pixels wide that started off-screen.
 */
public final class NotificationText {
    private NotificationText() {
    }

    public static String wrap(String message, int columns, int maxLines) {
        if (columns < 8 || maxLines < 1) {
            throw new IllegalArgumentException("columns ≥ 8 and maxLines ≥ 1, got " + columns + " and " + maxLines);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : (message == null ? "" : message.strip()).split("\\R")) {
            lines.addAll(wrapParagraph(paragraph.strip(), columns));
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            kept.set(maxLines - 1, (last.length() >= columns ? last.substring(0, columns - 1) : last) + "…");
            lines = kept;
        }
        return String.join("\n", lines);
    }

    private static List<String> wrapParagraph(String text, int columns) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            while (word.length() > columns) {
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, columns));
                word = word.substring(columns);
            }
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= columns) {
                line.append(' ').append(word);
            } else {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty() || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
