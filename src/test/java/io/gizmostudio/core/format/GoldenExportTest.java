package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gripper's exports against reviewed golden files in {@code src/test/resources/golden/format}. After an
 * intended change, regenerate with {@code -Dgizmo.golden.update=true}, review the diff, and commit it.
 */
class GoldenExportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/format");

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void gripperExportMatchesTheGoldenFile(ExportFormat format) throws IOException {
        String actual = format.writer().writeAsset(TestArticulations.gripper()).entryText();
        Path golden = GOLDEN.resolve("gripper_" + format.assetEntrypoint());
        if (Boolean.getBoolean("gizmo.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
