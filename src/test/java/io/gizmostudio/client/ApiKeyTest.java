package io.gizmostudio.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiKeyTest {

    @ParameterizedTest
    @CsvSource({"gzm_k1_abcdefghijkl9876,gzm_…9876", "alpha-key-0123456789-zz,…9-zz", "short-key,…"})
    void maskedShowsAtMostThePrefixAndTheLastFour(String key, String masked) {
        ApiKey k = ApiKey.of(key);
        assertThat(k.masked()).isEqualTo(masked);
        assertThat(k).hasToString(masked);
    }

    @Test
    void redactReplacesEveryOccurrence() {
        ApiKey k = ApiKey.of("gzm_k1_abcdefghijkl9876");
        assertThat(k.redact("key gzm_k1_abcdefghijkl9876 is revoked (gzm_k1_abcdefghijkl9876)"))
                .isEqualTo("key gzm_…9876 is revoked (gzm_…9876)");
    }

    @Test
    void blankOrHeaderBreakingKeysAreRejected() {
        assertThatThrownBy(() -> ApiKey.of("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiKey.of("abc\ndef")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("abc");
    }
}
