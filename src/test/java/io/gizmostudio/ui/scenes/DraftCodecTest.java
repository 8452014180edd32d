package io.gizmostudio.ui.scenes;

import static io.gizmostudio.ui.scenes.DraftFixtures.BASE_URL;
import static io.gizmostudio.ui.scenes.DraftFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.gizmostudio.core.scene.SceneDocument;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DraftCodecTest {
    private final DraftCodec codec = new DraftCodec();

    @Test
    void randomDocumentsWithNastyDoublesComeBackBitForBit() throws Exception {
        long seed = new Random().nextLong();
        Random r = new Random(seed);
        for (int round = 0; round < 300; round++) {
            SceneDocument doc = DraftFixtures.nastyDocument(r, r.nextInt(6));
            SceneDraft draft = new SceneDraft(DraftKey.newUnsaved(), BASE_URL, r.nextBoolean() ? null : "scn/" + round,
                    doc, T0.plusNanos(r.nextInt(1_000_000_000)), r.nextBoolean() ? null : T0.minusSeconds(round));

            SceneDraft back = codec.decode(codec.encode(draft));

            assertThat(back).as("seed %d round %d", seed, round).isEqualTo(draft);
            assertThat(DraftFixtures.bits(back.document())).as("seed %d round %d", seed, round)
                    .isEqualTo(DraftFixtures.bits(doc));
        }
    }

    @Test
    void negativeZeroSubnormalsAndTinyValuesKeepTheirExactBits() throws Exception {
        double[] hard = {-0.0, 0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), 1e-300,
            -1e-300, Double.MAX_VALUE, 0.1 + 0.2, 2e23, 8.41e21};
        for (double d : hard) {
            SceneDocument doc = DraftFixtures.workCell(1);
            var p = doc.placements().get(0);
            var pose = new io.gizmostudio.core.model.Pose(new io.gizmostudio.core.model.Vec3(d, d, d),
                    new io.gizmostudio.core.model.Quat(d, 0, 0, 1));
            SceneDocument hardDoc = doc.replaced(p.withPose(pose).withJointPosition("joint_1", d));
            SceneDraft back = codec.decode(codec.encode(DraftFixtures.draft(DraftKey.newUnsaved(), hardDoc, T0)));
            assertThat(DraftFixtures.bits(back.document())).as("%s", d).isEqualTo(DraftFixtures.bits(hardDoc));
        }
    }

    @Test
    void theSameDocumentAlwaysGivesTheSameBytes() {
        SceneDraft draft = DraftFixtures.draft(new DraftKey("s-scn_1-00ff"), DraftFixtures.workCell(12), T0);
        assertThat(codec.encode(draft)).isEqualTo(codec.encode(draft));
        assertThat(codec.encodeToString(draft)).contains("\"format\" : \"gizmo-scene-draft\"", "\"version\" : 1");
    }

    @Test
    void everyTruncationIsACorruptDraftNeverAnotherException() {
        byte[] full = codec.encode(DraftFixtures.draft(DraftKey.newUnsaved(), DraftFixtures.workCell(3), T0));
        for (int n = 0; n < full.length - 1; n++) {
            byte[] cut = Arrays.copyOf(full, n);
            try {
                codec.decode(cut);
                // Whitespace at the end is the only thing a cut can lose without losing the document.
                assertThat(new String(full, n, full.length - n, StandardCharsets.UTF_8)).as("cut at %d", n).isBlank();
            } catch (CorruptDraftException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void flippedBytesGiveACorruptDraftOrAValidOneNeverACrash() {
        byte[] full = codec.encode(DraftFixtures.draft(DraftKey.newUnsaved(), DraftFixtures.workCell(4), T0));
        long seed = new Random().nextLong();
        Random r = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            byte[] bad = full.clone();
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                bad[r.nextInt(bad.length)] = (byte) r.nextInt(256);
            }
            try {
                codec.decode(bad);
            } catch (CorruptDraftException expected) {
                // fine: a clear refusal
            } catch (RuntimeException e) {
                fail("seed " + seed + " mutation " + i + " crashed the decoder", e);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "null",
        "[]",
        "{}",
        "{\"format\":\"something-else\",\"version\":1}",
        "{\"format\":\"gizmo-scene-draft\",\"version\":2}",
        "{\"format\":\"gizmo-scene-draft\",\"version\":\"1\"}",
        "{\"format\":\"gizmo-scene-draft\",\"version\":1}",
        "{\"format\":\"gizmo-scene-draft\",\"version\":1,\"key\":\"../../etc\",\"base_url\":\"u\",\"edited_at\":\"2025-01-01T00:00:00Z\",\"document\":{\"name\":\"a\",\"placements\":[]}}",
        "{\"format\":\"gizmo-scene-draft\",\"version\":1,\"key\":\"k\",\"base_url\":\"u\",\"edited_at\":\"yesterday\",\"document\":{\"name\":\"a\",\"placements\":[]}}",
        "{\"format\":\"gizmo-scene-draft\",\"version\":1,\"key\":\"k\",\"base_url\":\"u\",\"edited_at\":\"2025-01-01T00:00:00Z\",\"document\":{\"name\":\"a\",\"placements\":[]}} trailing",
        "{\"format\":\"gizmo-scene-draft\",\"version\":1,\"key\":\"k\",\"base_url\":\"u\",\"edited_at\":\"2025-01-01T00:00:00Z\",\"document\":{\"name\":\"a\",\"placements\":[{\"id\":\"p\",\"asset_id\":\"a\",\"name\":\"n\",\"position\":[0,0],\"rotation\":[0,0,0,1],\"mobility\":\"fixed\",\"joint_positions\":{}}]}}",
        "{\"format\":\"gizmo-scene-draft\",\"version\":1,\"key\":\"k\",\"base_url\":\"u\",\"edited_at\":\"2025-01-01T00:00:00Z\",\"document\":{\"name\":\"a\",\"placements\":[{\"id\":\"p\",\"asset_id\":\"a\",\"name\":\"n\",\"position\":[0,0,1e400],\"rotation\":[0,0,0,1],\"mobility\":\"fixed\",\"joint_positions\":{}}]}}",
        "{\"format\":\"gizmo-scene-draft\",\"version\":1,\"key\":\"k\",\"base_url\":\"u\",\"edited_at\":\"2025-01-01T00:00:00Z\",\"document\":{\"name\":\"a\",\"placements\":[{\"id\":\"p\",\"asset_id\":\"a\",\"name\":\"n\",\"position\":[0,0,0],\"rotation\":[0,0,\"x\",1],\"mobility\":\"fixed\",\"joint_positions\":{}}]}}",
        "{\"format\":\"gizmo-scene-draft\",\"version\":1,\"key\":\"k\",\"base_url\":\"u\",\"edited_at\":\"2025-01-01T00:00:00Z\",\"document\":{\"name\":\"a\",\"placements\":[{\"id\":\"p\",\"asset_id\":\"a\",\"name\":\"n\",\"position\":[0,0,0],\"rotation\":[0,0,0,1],\"mobility\":\"flying\",\"joint_positions\":{}}]}}",
        "{\"format\":\"gizmo-scene-draft\",\"version\":1,\"key\":\"k\",\"base_url\":\"u\",\"edited_at\":\"2025-01-01T00:00:00Z\",\"document\":{\"name\":\"a\",\"placements\":[{\"id\":\"p\",\"asset_id\":\"a\",\"name\":\"n\",\"position\":[0,0,0],\"rotation\":[0,0,0,1],\"mobility\":\"fixed\",\"joint_positions\":{}},{\"id\":\"p\",\"asset_id\":\"a\",\"name\":\"n\",\"position\":[0,0,0],\"rotation\":[0,0,0,1],\"mobility\":\"fixed\",\"joint_positions\":{}}]}}",
        "{\"format\":\"gizmo-scene-draft\",\"version\":1,\"key\":\"k\",\"base_url\":\"u\",\"edited_at\":\"2025-01-01T00:00:00Z\",\"document\":{\"name\":\"a\",\"placements\":[{\"id\":\"p\",\"asset_id\":\"a\",\"name\":\"n\",\"position\":[0,0,0],\"rotation\":[0,0,0,1],\"mobility\":\"fixed\",\"joint_positions\":{\"j\":null}}]}}",
    })
    void unreadableContentIsACorruptDraftWithAReason(String content) {
        assertThatThrownBy(() -> codec.decode(content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CorruptDraftException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    void aNewerFormatVersionSaysWhichVersionItIs() {
        String newer = "{\"format\":\"gizmo-scene-draft\",\"version\":7}";
        assertThatThrownBy(() -> codec.decode(newer.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CorruptDraftException.class).hasMessageContaining("version 7");
    }

    @Test
    void theMinimalValidFileDecodes() throws Exception {
        String ok = "{\"format\":\"gizmo-scene-draft\",\"version\":1,\"key\":\"k\",\"base_url\":\"u\",\"edited_at\":\"2025-01-01T00:00:00Z\",\"document\":{\"name\":\"a\",\"placements\":[]}}";
        SceneDraft d = codec.decode(ok.getBytes(StandardCharsets.UTF_8));
        assertThat(d.sceneId()).isNull();
        assertThat(d.baseUpdatedAt()).isNull();
        assertThat(d.document()).isEqualTo(SceneDocument.empty("a"));
    }
}
