package io.gizmostudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.ui.common.TestAssets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AssetCardTest {
    private final Instant created = Instant.parse("2026-05-04T10:15:30Z");

    @Test
    void aReadyCardHasNoProgressBarAndShowsTagsAndTime() {
        AssetCard card = AssetCard.of(TestAssets.asset("ast_1", "arm", AssetStatus.READY, created, "v2", "lab"), ZoneOffset.UTC);

        assertThat(card.showsProgress()).isFalse();
        assertThat(card.tags()).isEqualTo("#v2  #lab");
        assertThat(card.created()).isEqualTo("2026-05-04 10:15");
        assertThat(card.badge()).isEqualTo("ready");
        assertThat(card.failure()).isEmpty();
    }

    @Test
    void aProcessingCardShowsItsProgressAndAPendingOneAnUnknownBar() {
        var asset = TestAssets.asset("ast_1", "arm", AssetStatus.PENDING, created);
        assertThat(AssetCard.of(asset, ZoneOffset.UTC).progress()).isEqualTo(-1);
        assertThat(AssetCard.of(TestAssets.withStatus(asset, AssetStatus.PROCESSING, 40), ZoneOffset.UTC).progress())
                .isEqualTo(0.4);
    }

    @Test
    void aFailedCardCarriesTheServersReason() {
        var failed = TestAssets.failed(TestAssets.ready("ast_1", "x"), "unrecognized_prompt", "Cannot make a flux capacitor.");
        AssetCard card = AssetCard.of(failed, ZoneOffset.UTC);

        assertThat(card.failure()).isEqualTo("Cannot make a flux capacitor.");
        assertThat(card.showsProgress()).isFalse();
    }
}
