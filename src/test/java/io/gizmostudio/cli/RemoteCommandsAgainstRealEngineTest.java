package io.gizmostudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.AddPlacementRequest;
import io.gizmostudio.api.CreateSceneRequest;
import io.gizmostudio.api.Scene;
import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoClientOptions;
import io.gizmostudio.server.jobs.CoreAssetFactory;
import io.gizmostudio.server.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote commands end to end against the real engine (port 0, temporary data directory, the real prompt
 * generator and exporters), through the CLI's entry point and the key in the environment.
 */
class RemoteCommandsAgainstRealEngineTest {
    private static final Pattern ASSET_ID = Pattern.compile("asset:\\s+(\\S+) — ");

    @TempDir
    Path data;
    @TempDir
    Path out;
    private TestServer engine;
    private RemoteCli cli;
    private String url;

    @BeforeEach
    void start() {
        engine = TestServer.start(TestServer.config(data), new CoreAssetFactory());
        url = engine.server().baseUrl();
        cli = new RemoteCli(Map.of(GizmoClientOptions.ENV_API_KEY, engine.key().secret())).realSleeps();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void generateDownloadsAValidMjcfBundleThatAssetsListShowsAndAssetsExportWritesAgain() throws Exception {
        RemoteCli.Run generated = cli.run("generate", "--server", url, "--format", "mjcf", "--out", out.resolve("gen").toString(),
                "--seed", "3", "a steel cabinet with 3 drawers");

        assertThat(generated.exit()).as(generated.err()).isZero();
        Matcher m = ASSET_ID.matcher(generated.out());
        assertThat(m.find()).as(generated.out()).isTrue();
        String id = m.group(1);
        Path zip = out.resolve("gen").resolve(id + "_mujoco_mjcf.zip");
        assertThat(generated.out()).contains("wrote " + zip);
        assertThat(generated.err()).contains(id + " ready 100%");
        assertMjcfBundle(zip);

        RemoteCli.Run listed = cli.run("assets", "list", "--server", url);
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).containsSubsequence(id, "ready", "mjcf");

        RemoteCli.Run exported = cli.run("assets", "export", id, "--server", url, "--format", "mjcf,urdf", "--unpack",
                "--out", out.resolve("again").toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertMjcfBundle(out.resolve("again").resolve(id + "_mujoco_mjcf.zip"));
        assertThat(out.resolve("again").resolve(id + "_isaac_sim_urdf.zip")).isRegularFile();
        assertThat(out.resolve("again").resolve(id + "_isaac_sim_urdf").resolve("asset.urdf")).isRegularFile();

        try (GizmoClient client = new GizmoClient(GizmoClientOptions.builder().baseUrl(url).apiKey(engine.key().secret()).build())) {
            Scene scene = client.scenes().create(new CreateSceneRequest("Workcell", null));
            client.scenes().addPlacement(scene.id(), new AddPlacementRequest(id, null, null));
            RemoteCli.Run scenes = cli.run("scenes", "list", "--server", url, "--query", "work");
            assertThat(scenes.exit()).as(scenes.err()).isZero();
            assertThat(scenes.out()).containsSubsequence(scene.id(), "1", "Workcell");

            RemoteCli.Run sceneExport = cli.run("scenes", "export", scene.id(), "--server", url, "--format", "mjcf",
                    "--out", out.resolve("scene").toString());
            assertThat(sceneExport.exit()).as(sceneExport.err()).isZero();
            try (ZipFile z = new ZipFile(out.resolve("scene").resolve(scene.id() + "_mujoco_mjcf.zip").toFile())) {
                assertThat(z.getEntry("scene.xml")).isNotNull();
            }
        }
    }

    @Test
    void aPromptTheEngineCannotMakeIsExit3AndWritesNothing() throws Exception {
        RemoteCli.Run run = cli.run("generate", "--server", url, "--out", out.toString(), "a flux capacitor");
        assertThat(run.exit()).as(run.err()).isEqualTo(CliExit.REFUSED.code());
        assertThat(run.err()).contains("unrecognized_prompt", "serial robot arm");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aWrongKeyIsExit4AndAnUnknownAssetExit9() {
        RemoteCli wrong = new RemoteCli(Map.of(GizmoClientOptions.ENV_API_KEY, "gzm_local_notAKeyThisServerIssued00000"));
        assertThat(wrong.run("assets", "list", "--server", url).exit()).isEqualTo(4);
        RemoteCli.Run missing = cli.run("assets", "export", "ast_00000000000000", "--server", url, "--format", "mjcf",
                "--out", out.toString());
        assertThat(missing.exit()).as(missing.err()).isEqualTo(9);
    }

    private static void assertMjcfBundle(Path zip) throws Exception {
        assertThat(zip).isRegularFile();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry xml = Collections.list(z.entries()).stream().filter(e -> e.getName().endsWith(".xml")).findFirst()
                    .orElseThrow(() -> new AssertionError("no .xml in " + zip));
            String text = new String(z.getInputStream(xml).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("<mujoco").contains("<joint");
            assertThat(z.getEntry("manifest.json")).isNotNull();
        }
        try (var siblings = Files.list(zip.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
