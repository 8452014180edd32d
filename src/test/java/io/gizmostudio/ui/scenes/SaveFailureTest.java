package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.ServiceException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How a failed save is read: try again by itself (when), say the server's words, or open the scene as new. */
class SaveFailureTest {

    @Test
    void anUnreachableServerIsTriedAgainAfter5Then15Then30ThenEvery60Seconds() {
        ServiceException offline = new ServiceException(FailureKind.UNREACHABLE, "unreachable", "Connection refused");

        assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(n -> SaveFailure.of(offline, n).retryIn().orElseThrow().toSeconds()))
                .containsExactly(5L, 15L, 30L, 60L, 60L, 60L);
    }

    @Test
    void aRateLimitWaitsAsLongAsTheServerAsks() {
        ServiceException limited = new ServiceException(FailureKind.RATE_LIMITED, "rate_limited", "Too many requests",
                Duration.ofSeconds(42), null);

        assertThat(SaveFailure.of(limited, 0).retryIn()).contains(Duration.ofSeconds(42));
    }

    @ParameterizedTest
    @EnumSource(value = FailureKind.class, names = {"UNREACHABLE", "UNAUTHORIZED", "RATE_LIMITED", "SERVER_ERROR", "TIMEOUT"})
    void whatMayPassIsTriedAgain(FailureKind kind) {
        assertThat(SaveFailure.of(new ServiceException(kind, "x", "for now"), 0).retryIn()).isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = FailureKind.class, names = {"INVALID_REQUEST", "NOT_FOUND", "CONFLICT", "LOCAL"})
    void whatTheServerRejectsIsNotTriedAgain(FailureKind kind) {
        assertThat(SaveFailure.of(new ServiceException(kind, "x", "no"), 0).retryIn()).isEmpty();
    }

    @Test
    void aRejectedListIsExplainedInTheServersOwnWords() {
        ServiceException rejected = new ServiceException(FailureKind.INVALID_REQUEST, "invalid_request",
                "assets[3]: asset ast_42 not found");

        SaveFailure failure = SaveFailure.of(rejected, 0);

        assertThat(failure.why()).isEqualTo("assets[3]: asset ast_42 not found");
        assertThat(failure.sceneGone()).isFalse();
    }

    @Test
    void onlySceneNotFoundMeansTheSceneIsGone() {
        assertThat(SaveFailure.of(new ServiceException(FailureKind.NOT_FOUND, "scene_not_found", "gone"), 0).sceneGone()).isTrue();
        assertThat(SaveFailure.of(new ServiceException(FailureKind.NOT_FOUND, "asset_not_found", "gone"), 0).sceneGone()).isFalse();
    }

    @Test
    void aFirstSaveThatCreatedItsSceneBeforeFailingSaysWhichSceneItMade() {
        ServiceException offline = new ServiceException(FailureKind.UNREACHABLE, "unreachable", "Connection reset");

        SaveFailure failure = SaveFailure.of(new SceneWriter.PartlySaved("scn_7", offline), 1);

        assertThat(failure.createdSceneId()).isEqualTo("scn_7");
        assertThat(failure.kind()).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(failure.retryIn()).contains(Duration.ofSeconds(15));
    }

    @Test
    void aLocalProblemIsNotTriedAgainAndIsDescribed() {
        SaveFailure failure = SaveFailure.of(new UncheckedIOException(new java.io.IOException("disk full")), 0);

        assertThat(failure.kind()).isEqualTo(FailureKind.LOCAL);
        assertThat(failure.retryIn()).isEmpty();
        assertThat(failure.why()).isNotBlank();
        assertThat(failure.createdSceneId()).isNull();
    }
}
