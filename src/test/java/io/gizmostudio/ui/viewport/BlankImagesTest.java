package io.gizmostudio.ui.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BlankImagesTest {
    @Test
    void anImageOfOneColourIsBlankAndOneDrawnPixelMakesItAPicture() {
        int[] background = new int[64 * 64];
        Arrays.fill(background, 0xff2b2f36);
        assertThat(BlankImages.isBlank(background, 2)).isTrue();

        background[1000] = 0xfff28c28;
        assertThat(BlankImages.isBlank(background, 2)).isFalse();
    }

    @Test
    void noiseWithinTheToleranceIsStillBlank() {
        int[] pixels = {0xff101010, 0xff111210, 0xff0f1011, 0xff121212};
        assertThat(BlankImages.isBlank(pixels, 2)).isTrue();
        assertThat(BlankImages.isBlank(pixels, 1)).isFalse();
        assertThat(BlankImages.isBlank(new int[0], 0)).isTrue();
    }
}
