package io.gizmostudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotificationTextTest {
    @Test
    void aShortMessageStaysAsItIs() {
        assertThat(NotificationText.wrap("Asset deleted.", 60, 6)).isEqualTo("Asset deleted.");
    }

    @Test
    void aLongMessageBreaksAtWordsWithinTheColumns() {
        String refused = "The prompt was refused: " + "a robot arm that can lift a car and also ".repeat(8).strip();
        String wrapped = NotificationText.wrap(refused, 40, 20);
        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(wrapped.replace('\n', ' ')).isEqualTo(refused);
    }

    @Test
    void aWordLongerThanALineIsCutAcrossLines() {
        String path = "/home/user/" + "very_long_folder_name/".repeat(6) + "model.urdf";
        String wrapped = NotificationText.wrap("Cannot open " + path, 30, 20);
        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(30));
        assertThat(wrapped.replace("\n", "")).isEqualTo("Cannot open" + path);
    }

    @Test
    void moreThanMaxLinesEndsInAnEllipsis() {
        String wrapped = NotificationText.wrap("word ".repeat(400), 20, 4);
        assertThat(wrapped.lines()).hasSize(4);
        assertThat(wrapped).endsWith("…");
        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(20));
    }

    @Test
    void paragraphsAreKeptAndNullIsEmpty() {
        assertThat(NotificationText.wrap("First line.\nSecond line.", 60, 6)).isEqualTo("First line.\nSecond line.");
        assertThat(NotificationText.wrap(null, 60, 6)).isEmpty();
        assertThatThrownBy(() -> NotificationText.wrap("x", 2, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
