package io.gizmostudio.ui.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Where JavaFX has no 3D (its software pipeline, as on a machine without usable OpenGL), the viewport says so
 * and how to fix it, and a thumbnail rendered there comes out blank — the kind {@code ThumbnailLoader} never stores.
 * Runs {@link No3dChild} in a JVM of its own: the pipeline is chosen once per JVM.
 */
class No3dFxTest {
    @Test
    void withoutA3dPipelineTheViewportSaysWhyAndThumbnailsComeOutBlank() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "-Dprism.order=sw", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Djava.awt.headless=true", No3dChild.class.getName())
                .redirectErrorStream(true).start();
        List<String> results = new ArrayList<>();
        List<String> all = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                all.add(line);
                if (line.startsWith("RESULT ")) {
                    results.add(line.substring(7));
                }
            }
        }
        assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(results).as("child output %s", all)
                .containsExactly("scene3d=false", "message=true", "blankThumbnail=true");
    }
}
