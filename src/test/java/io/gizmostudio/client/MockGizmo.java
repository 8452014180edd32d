package io.gizmostudio.client;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/** A MockWebServer plus a client wired to it with fake time; the tests' common fixture. */
final class MockGizmo implements AutoCloseable {
    static final String KEY = "gzm_k1_s3cr3tTestKey0123456789wxyz";

    final MockWebServer server = new MockWebServer();
    final FakeTime time = new FakeTime();
    GizmoClient client;

    MockGizmo() throws IOException {
        server.start();
        client = new GizmoClient(options().build());
    }

    /** Fixed jitter 0.5: backoff waits are exactly 250 ms, 500 ms, 1000 ms, … */
    GizmoClientOptions.Builder options() {
        return GizmoClientOptions.builder().baseUrl(server.url("/").toString()).apiKey(KEY)
                .sleeper(time).clock(time).jitter(() -> 0.5).pollSchedule(PollSchedule.LOCAL);
    }

    void reconfigure(GizmoClientOptions.Builder options) {
        client.close();
        client = new GizmoClient(options.build());
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse json(int status, String body, Headers extra) {
        return new MockResponse.Builder().code(status).headers(extra).addHeader("Content-Type", "application/json")
                .body(body).build();
    }

    void enqueue(MockResponse... responses) {
        for (MockResponse r : responses) {
            server.enqueue(r);
        }
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no request arrived");
        }
        return r;
    }

    static String asset(String id, String status, Integer progress) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"name\":\"arm\",\"prompt\":\"a robot arm\","
                + "\"created_at\":\"2025-03-01T12:00:00Z\",\"export_formats\":"
                + ("ready".equals(status) ? "[\"isaac_sim_usd\",\"isaac_sim_urdf\",\"mujoco_mjcf\"]" : "[]")
                + (progress == null ? "" : ",\"progress\":" + progress) + "}";
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
