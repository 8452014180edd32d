package io.gizmostudio.client;

import static io.gizmostudio.client.MockGizmo.asset;
import static io.gizmostudio.client.MockGizmo.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwaitReadyTest {
    private MockGizmo gizmo;
    private final List<GenerationProgress> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        gizmo = new MockGizmo();
    }

    @AfterEach
    void stop() {
        gizmo.close();
    }

    @Test
    void pollsThroughPendingAndProcessingToReadyOnTheLocalSchedule() {
        gizmo.enqueue(json(200, asset("ast_1", "pending", 0)), json(200, asset("ast_1", "processing", 30)),
                json(200, asset("ast_1", "processing", 60)), json(200, asset("ast_1", "processing", 90)),
                json(200, asset("ast_1", "ready", 100)));
        Asset ready = gizmo.client.assets().awaitReady("ast_1", Duration.ofMinutes(1), heard::add);
        assertThat(ready.status()).isEqualTo(AssetStatus.READY);
        assertThat(ready.exportFormats()).hasSize(3);
        assertThat(gizmo.server.getRequestCount()).isEqualTo(5);
        assertThat(gizmo.time.sleepMillis()).containsExactly(250L, 375L, 562L, 843L);
        assertThat(heard).extracting(GenerationProgress::status).containsExactly(AssetStatus.PENDING,
                AssetStatus.PROCESSING, AssetStatus.PROCESSING, AssetStatus.PROCESSING, AssetStatus.READY);
        assertThat(heard).extracting(GenerationProgress::percent).containsExactly(0, 30, 60, 90, 100);
        assertThat(heard.get(4).polls()).isEqualTo(5);
        assertThat(heard.get(4).elapsed()).isEqualTo(Duration.ofMillis(250 + 375 + 562 + 843));
    }

    @Test
    void generateUsesTheCreateReplyAsTheFirstObservation() throws Exception {
        gizmo.enqueue(json(202, asset("ast_1", "pending", 0)), json(200, asset("ast_1", "ready", 100)));
        Asset ready = gizmo.client.assets().generate(CreateAssetRequest.of("a drawer cabinet"), Duration.ofSeconds(30),
                heard::add, new CancellationToken());
        assertThat(ready.id()).isEqualTo("ast_1");
        assertThat(gizmo.server.getRequestCount()).isEqualTo(2);
        assertThat(gizmo.time.sleepMillis()).containsExactly(250L);
        assertThat(heard).extracting(GenerationProgress::polls).containsExactly(0, 1);
        assertThat(gizmo.take().getRequestLine()).isEqualTo("POST /v1/assets HTTP/1.1");
        assertThat(gizmo.take().getRequestLine()).isEqualTo("GET /v1/assets/ast_1 HTTP/1.1");
    }

    @Test
    void aFailedGenerationThrowsWithTheServersCodeAndMessage() {
        gizmo.enqueue(json(200, asset("ast_1", "processing", 10)), json(200,
                "{\"id\":\"ast_1\",\"status\":\"failed\",\"error\":{\"code\":\"unrecognized_prompt\",\"message\":\"No family matches 'a toaster'\"}}"));
        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class,
                () -> gizmo.client.assets().awaitReady("ast_1", Duration.ofMinutes(1), AwaitListener.NONE));
        assertThat(e.code()).isEqualTo("unrecognized_prompt");
        assertThat(e.serverMessage()).isEqualTo("No family matches 'a toaster'");
        assertThat(e.id()).isEqualTo("ast_1");
        assertThat(e.asset()).isPresent();
    }

    @Test
    void aFailedAssetWithoutAnErrorObjectStillThrowsAClearException() {
        gizmo.enqueue(json(200, "{\"id\":\"ast_1\",\"status\":\"failed\"}"));
        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class,
                () -> gizmo.client.assets().awaitReady("ast_1", Duration.ofMinutes(1), AwaitListener.NONE));
        assertThat(e.code()).isEqualTo("generation_failed");
    }

    @Test
    void timesOutAfterALastPollAtTheDeadline() {
        for (int i = 0; i < 6; i++) {
            gizmo.enqueue(json(200, asset("ast_1", "processing", 50)));
        }
        AwaitTimeoutException e = catchThrowableOfType(AwaitTimeoutException.class,
                () -> gizmo.client.assets().awaitReady("ast_1", Duration.ofSeconds(1), AwaitListener.NONE));
        assertThat(e.lastStatus()).isEqualTo(AssetStatus.PROCESSING);
        assertThat(e.id()).isEqualTo("ast_1");
        // 250 + 375 = 625 ms, then only the 375 ms left until the deadline, then one last poll
        assertThat(gizmo.time.sleepMillis()).containsExactly(250L, 375L, 375L);
        assertThat(gizmo.server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void cancellingWhileWaitingReturnsPromptly() throws Exception {
        gizmo.reconfigure(gizmo.options().sleeper(Sleeper.SYSTEM).clock(java.time.Clock.systemUTC())
                .pollSchedule(new PollSchedule(Duration.ofSeconds(30), 1.0, Duration.ofSeconds(30))));
        gizmo.enqueue(json(200, asset("ast_1", "processing", 5)));
        CancellationToken token = new CancellationToken();
        CompletableFuture<Asset> wait = CompletableFuture.supplyAsync(() ->
                gizmo.client.assets().awaitReady("ast_1", Duration.ofMinutes(5), heard::add, token));
        while (heard.isEmpty()) {
            Thread.sleep(5);
        }
        Thread.sleep(50); // now inside the 30 s sleep
        long before = System.nanoTime();
        token.cancel();
        assertThatThrownBy(() -> wait.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isLessThan(2000);
        assertThat(gizmo.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void cancellingDuringARetryBackOffReturnsPromptly() throws Exception {
        gizmo.reconfigure(gizmo.options().sleeper(Sleeper.SYSTEM).clock(java.time.Clock.systemUTC()));
        gizmo.enqueue(json(503, "{\"error\":\"server_error\",\"code\":\"queue_full\",\"message\":\"busy\"}",
                okhttp3.Headers.of("Retry-After", "25")));
        CancellationToken token = new CancellationToken();
        CompletableFuture<Asset> wait = CompletableFuture.supplyAsync(() ->
                gizmo.client.assets().awaitReady("ast_1", Duration.ofMinutes(5), heard::add, token));
        gizmo.take();
        Thread.sleep(100); // now inside the 25 s Retry-After wait of the first poll
        long before = System.nanoTime();
        token.cancel();
        assertThatThrownBy(() -> wait.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isLessThan(2000);
        assertThat(heard).isEmpty();
    }

    @Test
    void aTokenGuardsOneWaitAtATime() throws Exception {
        gizmo.reconfigure(gizmo.options().sleeper(Sleeper.SYSTEM).clock(java.time.Clock.systemUTC())
                .pollSchedule(new PollSchedule(Duration.ofSeconds(30), 1.0, Duration.ofSeconds(30))));
        gizmo.enqueue(json(200, asset("ast_1", "processing", 5)));
        CancellationToken token = new CancellationToken();
        CompletableFuture<Asset> first = CompletableFuture.supplyAsync(() ->
                gizmo.client.assets().awaitReady("ast_1", Duration.ofMinutes(5), heard::add, token));
        while (heard.isEmpty()) {
            Thread.sleep(5);
        }
        assertThatThrownBy(() -> gizmo.client.assets().awaitReady("ast_1", Duration.ofMinutes(5), AwaitListener.NONE, token))
                .isInstanceOf(IllegalStateException.class);
        token.cancel();
        assertThatThrownBy(() -> first.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
    }

    @Test
    void aTokenCancelledBeforehandStopsBeforeTheFirstPoll() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThatThrownBy(() -> gizmo.client.assets().awaitReady("ast_1", Duration.ofMinutes(1), AwaitListener.NONE, token))
                .isInstanceOf(CancellationException.class);
        assertThat(gizmo.server.getRequestCount()).isZero();
    }

    @Test
    void theNewerJobFlowIsFollowedToTheAsset() throws Exception {
        gizmo.enqueue(json(202, "{\"ok\":true,\"scene_id\":\"jh72\",\"job_id\":\"job_x9y8\",\"status\":\"queued\"}"),
                json(200, "{\"ok\":true,\"job\":{\"id\":\"job_x9y8\",\"status\":\"queued\",\"mode\":\"asset\",\"created_at\":1717800000}}"),
                json(200, "{\"ok\":true,\"job\":{\"id\":\"job_x9y8\",\"status\":\"running\",\"created_at\":1717800000,\"started_at\":1717800001}}"),
                json(200, "{\"ok\":true,\"job\":{\"id\":\"job_x9y8\",\"status\":\"succeeded\",\"created_at\":1717800000,\"result\":{\"asset_id\":\"k3m4n5\"}}}"),
                json(200, "{\"id\":\"k3m4n5\",\"status\":\"ready\",\"prompt\":\"a gripper\",\"created_at\":1717800000}"));
        Asset ready = gizmo.client.assets().generate(CreateAssetRequest.of("a gripper"), Duration.ofMinutes(2),
                heard::add, new CancellationToken());
        assertThat(ready.id()).isEqualTo("k3m4n5");
        assertThat(heard).extracting(GenerationProgress::status).containsExactly(AssetStatus.PENDING,
                AssetStatus.PROCESSING, AssetStatus.READY, AssetStatus.READY);
        gizmo.take();
        RecordedRequest job = gizmo.take();
        assertThat(job.getUrl().encodedPath()).isEqualTo("/v1/jobs/job_x9y8");
        assertThat(job.getUrl().queryParameter("include_result")).isEqualTo("true");
        gizmo.take();
        gizmo.take();
        assertThat(gizmo.take().getUrl().encodedPath()).isEqualTo("/v1/assets/k3m4n5");
        assertThat(gizmo.time.sleepMillis()).containsExactly(250L, 375L);
    }

    @Test
    void aFailedJobThrowsWithItsError() {
        gizmo.enqueue(json(202, "{\"ok\":true,\"job_id\":\"job_1\",\"status\":\"queued\"}"),
                json(200, "{\"ok\":true,\"job\":{\"id\":\"job_1\",\"status\":\"cancelled\",\"error\":\"cancelled by user\"}}"));
        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class, () ->
                gizmo.client.assets().generate(CreateAssetRequest.of("x"), Duration.ofMinutes(1), AwaitListener.NONE, new CancellationToken()));
        assertThat(e.serverMessage()).isEqualTo("cancelled by user");
        assertThat(e.id()).isEqualTo("job_1");
    }

    @Test
    void createRefusesToPretendAJobIsAnAsset() {
        gizmo.enqueue(json(202, "{\"ok\":true,\"job_id\":\"job_1\",\"status\":\"queued\"}"));
        assertThatThrownBy(() -> gizmo.client.assets().create(CreateAssetRequest.of("x")))
                .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> assertThat(e.code()).isEqualTo("job_reply"));
    }

    @Test
    void aNewerServerRejectingTheExtraFieldsGetsThePromptAlone() throws Exception {
        gizmo.enqueue(json(422, "{\"error\":{\"code\":\"validation_error\",\"message\":\"extra fields not permitted\",\"status\":422}}"),
                json(202, "{\"ok\":true,\"job_id\":\"job_1\",\"status\":\"queued\"}"));
        Submission s = gizmo.client.assets().submit(new CreateAssetRequest("a gripper", "g", List.of("v2"), 3L));
        assertThat(s.jobId()).isEqualTo("job_1");
        RecordedRequest first = gizmo.take();
        RecordedRequest second = gizmo.take();
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(first.getBody().utf8()).has("tags")).isTrue();
        assertThat(m.readTree(second.getBody().utf8())).isEqualTo(m.readTree("{\"prompt\":\"a gripper\"}"));
        assertThat(second.getHeaders().get("Idempotency-Key")).isNotEqualTo(first.getHeaders().get("Idempotency-Key"));
    }

    @Test
    void anAlphaValidationErrorIsNotRetriedWithoutTheFields() {
        gizmo.enqueue(json(400, "{\"error\":\"invalid_request\",\"code\":\"invalid_field\",\"message\":\"name is longer than 200 characters\"}"));
        assertThatThrownBy(() -> gizmo.client.assets().submit(new CreateAssetRequest("a gripper", "g".repeat(300), null, null)))
                .isInstanceOf(BadRequestException.class);
        assertThat(gizmo.server.getRequestCount()).isEqualTo(1);
    }
}
