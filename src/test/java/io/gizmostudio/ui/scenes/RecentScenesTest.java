package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecentScenesTest {
    @TempDir
    Path config;

    private static List<String> ids(List<RecentScene> scenes) {
        return scenes.stream().map(RecentScene::id).toList();
    }

    @Test
    void theMostRecentlyOpenedComesFirstAndEachSceneOnce() throws Exception {
        RecentScenes recent = new RecentScenes(config);
        recent.opened("scn_a", "A");
        recent.opened("scn_b", "B");
        recent.opened("scn_c", "C");

        List<RecentScene> after = recent.opened("scn_a", "A renamed");

        assertThat(ids(after)).containsExactly("scn_a", "scn_c", "scn_b");
        assertThat(after.get(0).name()).isEqualTo("A renamed");
        assertThat(recent.list()).isEqualTo(after);
    }

    @Test
    void onlyTheLastEightAreKept() throws Exception {
        RecentScenes recent = new RecentScenes(config);
        for (int i = 1; i <= 11; i++) {
            recent.opened("scn_" + i, "S" + i);
        }

        assertThat(ids(recent.list())).containsExactly("scn_11", "scn_10", "scn_9", "scn_8", "scn_7", "scn_6", "scn_5", "scn_4");
        assertThat(ids(new RecentScenes(config).list())).hasSize(RecentScenes.MAX).first().isEqualTo("scn_11");
    }

    @Test
    void theListSurvivesARestartWithRenamesAndForgottenScenes() throws Exception {
        RecentScenes recent = new RecentScenes(config);
        recent.opened("scn_a", "A");
        recent.opened("scn_b", "B");
        recent.opened("scn_c", "C");
        recent.renamed("scn_b", "Bee");
        recent.forget("scn_c");
        recent.forget("scn_unknown");
        recent.renamed("scn_unknown", "x");

        assertThat(new RecentScenes(config).list()).containsExactly(new RecentScene("scn_b", "Bee"), new RecentScene("scn_a", "A"));
        assertThat(recent.file()).isEqualTo(config.resolve(RecentScenes.FILE_NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"id\":\"scn_a\"}", "[1, 2", "[{\"id\":\"scn_a\",\"name\":\"A\"},]x", "\u0000\u0001"})
    void aCorruptFileReadsAsNoRecentScenesAndIsReplacedOnTheNextOpen(String content) throws Exception {
        Files.writeString(config.resolve(RecentScenes.FILE_NAME), content, StandardCharsets.UTF_8);
        RecentScenes recent = new RecentScenes(config);

        assertThat(recent.list()).isEmpty();
        recent.opened("scn_a", "A");
        assertThat(new RecentScenes(config).list()).containsExactly(new RecentScene("scn_a", "A"));
    }

    @Test
    void aHandEditedFileWithRepeatsBlanksAndUnknownFieldsKeepsWhatMakesSense() throws Exception {
        Files.writeString(config.resolve(RecentScenes.FILE_NAME), "[{\"id\":\"scn_a\",\"name\":\"A\",\"server\":\"x\"},"
                + "{\"id\":\"\",\"name\":\"blank\"},{\"id\":\"scn_a\",\"name\":\"again\"},{\"id\":\"scn_b\"},null]");

        assertThat(new RecentScenes(config).list()).containsExactly(new RecentScene("scn_a", "A"), new RecentScene("scn_b", "scn_b"));
    }

    @Test
    void readersNeverSeeAHalfWrittenFileAndNoTemporaryFilesStay() throws Exception {
        RecentScenes recent = new RecentScenes(config);
        recent.opened("scn_first", "first");
        Path file = recent.file();
        ObjectMapper json = new ObjectMapper();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> torn = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                try {
                    JsonNode list = json.readTree(Files.readString(file));
                    if (list == null || !list.isArray() || list.isEmpty()) {
                        torn.add(String.valueOf(list));
                    }
                } catch (Exception e) {
                    torn.add(e.toString());
                }
            }
        });
        reader.start();
        try {
            // Long names make each write big enough that a truncate-then-write would be seen half done.
            String longName = "x".repeat(180);
            for (int i = 0; i < 300; i++) {
                recent.opened("scn_" + (i % 12), longName + i);
            }
        } finally {
            writing.set(false);
            reader.join();
        }

        assertThat(torn).isEmpty();
        try (Stream<Path> left = Files.list(config)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(RecentScenes.FILE_NAME);
        }
    }
}
