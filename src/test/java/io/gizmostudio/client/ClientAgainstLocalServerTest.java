package io.gizmostudio.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.AddPlacementRequest;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.CreateSceneRequest;
import io.gizmostudio.api.ExportFormats;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.UpdatePlacementRequest;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import io.gizmostudio.testing.Validators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * End to end through the client against the real local engine (on port 0, temporary data directory, a fresh
 * key), its real exporters, and the third-party validators of {@code shared/validate} on what comes back.
 * The engine runs the server's fast test generator (a two-joint arm) until the prompt generators are merged.
 */
class ClientAgainstLocalServerTest {
    private static final Logger LOG = LoggerFactory.getLogger(ClientAgainstLocalServerTest.class);
    private static final int ARM_JOINTS = 2;
    private static final Map<String, String> ENTRYPOINTS = Map.of(ExportFormats.MUJOCO_MJCF, "xml",
            ExportFormats.ISAAC_SIM_URDF, "urdf", ExportFormats.ISAAC_SIM_USD, "usda");

    @TempDir
    Path data;
    @TempDir
    Path out;
    private TestServer engine;
    private GizmoClient client;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        engine = TestServer.start(data);
        client = new GizmoClient(GizmoClientOptions.builder().baseUrl(engine.server().baseUrl())
                .apiKey(engine.key().secret()).build());
    }

    @AfterEach
    void stop() {
        client.close();
        engine.close();
    }

    @Test
    void generateAwaitAndExportAllThreeFormatsThatTheValidatorsAccept() throws Exception {
        assertThat(client.health().status()).isEqualTo("ok");
        assertThat(client.whoami().name()).isEqualTo("test");

        List<GenerationProgress> heard = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        Asset ready = client.assets().generate(new CreateAssetRequest("a two joint arm", "arm", List.of("e2e"), 7L),
                Duration.ofSeconds(30), heard::add, new CancellationToken());
        long generationMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(ready.status()).isEqualTo(AssetStatus.READY);
        assertThat(ready.exportFormats()).containsAll(ExportFormats.ALL);
        assertThat(ready.tags()).containsExactly("e2e");
        assertThat(ready.stats().joints()).isEqualTo(ARM_JOINTS);
        assertThat(heard.get(heard.size() - 1).status()).isEqualTo(AssetStatus.READY);
        int polls = heard.get(heard.size() - 1).polls();
        LOG.info("generation: 1 POST + {} GET poll(s), {} ms end to end", polls, generationMillis);

        List<Validators.Check> checks = new ArrayList<>();
        for (String format : ExportFormats.ALL) {
            List<long[]> progress = new CopyOnWriteArrayList<>();
            Path zip = client.assets().export(ready.id(), format, out, (b, t) -> progress.add(new long[] {b, t}));
            assertThat(zip.getFileName().toString()).isEqualTo(ready.id() + "_" + format + ".zip");
            long[] last = progress.get(progress.size() - 1);
            assertThat(last[0]).isEqualTo(Files.size(zip));
            Path entry = unpack(zip, out.resolve(format), "asset", format);
            checks.add(check(format, entry, ARM_JOINTS));
        }
        for (Validators.Result r : Validators.runAll(checks)) {
            assertThat(r.accepted()).as(r.check() + " → " + r.summary()).isTrue();
        }
    }

    @Test
    void aSceneIsComposedMovedListedAndExportedForMujoco() throws Exception {
        Asset arm = client.assets().generate(CreateAssetRequest.of("an arm"), Duration.ofSeconds(30),
                AwaitListener.NONE, new CancellationToken());
        Scene scene = client.scenes().create(new CreateSceneRequest("Workcell", null));
        client.scenes().addPlacement(scene.id(), new AddPlacementRequest(arm.id(), null, null));
        Scene two = client.scenes().addPlacement(scene.id(),
                new AddPlacementRequest(arm.id(), new Position(1, 0, 0), new Rotation(0, 0, 0.7071068, 0.7071068)));
        assertThat(two.assets()).hasSize(2);
        String moved = two.assets().get(1).placementId();
        Scene after = client.scenes().updatePlacement(scene.id(), moved, new UpdatePlacementRequest(new Position(1.5, 0.5, 0), null));
        assertThat(after.assets().get(1).position()).isEqualTo(new Position(1.5, 0.5, 0));
        assertThat(after.assets().get(1).placementId()).isEqualTo(moved);
        assertThat(client.scenes().stream(SceneQuery.ALL.withQ("workcell")).map(Scene::id)).containsExactly(scene.id());

        Path zip = client.scenes().export(scene.id(), "mjcf", out.resolve("cell.zip"), ProgressListener.NONE);
        Path entry = unpack(zip, out.resolve("scene"), "scene", ExportFormats.MUJOCO_MJCF);
        Validators.Result r = Validators.run(check(ExportFormats.MUJOCO_MJCF, entry, 2 * ARM_JOINTS));
        assertThat(r.accepted()).as(r.summary()).isTrue();

        assertThat(client.scenes().removePlacement(scene.id(), moved).assets()).hasSize(1);
        ConflictException inUse = catchThrowableOfType(ConflictException.class, () -> client.assets().delete(arm.id()));
        assertThat(inUse.code()).isEqualTo("asset_in_use");
        client.scenes().delete(scene.id());
        client.assets().delete(arm.id());
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.assets().get(arm.id())).code())
                .isEqualTo("asset_not_found");
    }

    @Test
    void theRealServersRefusalsArriveTyped() {
        GenerationFailedException failed = catchThrowableOfType(GenerationFailedException.class, () ->
                client.assets().generate(CreateAssetRequest.of("a " + TestModels.NONSENSE), Duration.ofSeconds(30),
                        AwaitListener.NONE, new CancellationToken()));
        assertThat(failed.code()).isEqualTo("unrecognized_prompt");

        BadRequestException bad = catchThrowableOfType(BadRequestException.class,
                () -> client.assets().create(CreateAssetRequest.of("   ")));
        assertThat(bad.status()).isEqualTo(400);

        try (GizmoClient stranger = new GizmoClient(client.options().toBuilder().apiKey("gzm_k1_not_a_key_at_all_0000").build())) {
            UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, stranger::whoami);
            assertThat(e.getMessage()).doesNotContain("not_a_key_at_all");
        }
    }

    @Test
    void pagingWalksEveryAssetOfTheRealServer() {
        for (int i = 0; i < 5; i++) {
            client.assets().create(new CreateAssetRequest("arm " + i, null, List.of("batch"), (long) i));
        }
        assertThat(client.assets().stream(AssetQuery.ALL.withLimit(2).withTag("batch")).map(Asset::prompt))
                .containsExactly("arm 4", "arm 3", "arm 2", "arm 1", "arm 0");
        assertThat(client.assets().list(AssetQuery.ALL.withLimit(2)).total()).isEqualTo(5);
    }

    private static Validators.Check check(String format, Path entry, int joints) {
        switch (format) {
            case ExportFormats.MUJOCO_MJCF:
                return Validators.Check.mjcf(entry, joints);
            case ExportFormats.ISAAC_SIM_URDF:
                return Validators.Check.urdf(entry, joints);
            default:
                // USD anchors a fixed-base articulation to the world with one more PhysicsFixedJoint (core.format.usd.UsdJoints)
                return Validators.Check.usd(entry, joints + 1);
        }
    }

    /** Unzips the bundle, checks its manifest and returns the entrypoint file. */
    private Path unpack(Path zip, Path dir, String kind, String format) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                assertThat(target.startsWith(dir)).as("zip entry %s stays inside", e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(z, target);
                }
            }
        }
        JsonNode manifest = json.readTree(dir.resolve("manifest.json").toFile());
        assertThat(manifest.get("kind").asText()).isEqualTo(kind);
        assertThat(manifest.get("format").asText()).isEqualTo(format);
        Path entry = dir.resolve(manifest.get("entrypoint").asText());
        assertThat(entry.getFileName().toString()).isEqualTo(kind + "." + ENTRYPOINTS.get(format));
        assertThat(entry).isRegularFile();
        return entry;
    }
}
