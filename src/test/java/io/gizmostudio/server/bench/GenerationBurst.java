package io.gizmostudio.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Submits generations of the real robot families at once, round-robin over one or more instances that share a
 * store, and waits until every one is terminal (asked of the first instance: they all see the same rows).
 */
final class GenerationBurst {
    private static final String[] PROMPTS = {"a 6-DOF robot arm", "a SCARA robot", "a parallel jaw gripper",
        "a three finger gripper", "a suction gripper", "a differential drive mobile base", "a pan-tilt camera mount",
        "a 3-axis gantry", "a 4-DOF arm with a gripper", "a small 5 dof robot arm"};

    /** Timings from the first submit, in seconds; {@code failures} lists the failed prompts and their errors. */
    record Result(int generations, double acceptedS, double terminalS, int failed, List<String> failures) {
        double perSecond() {
            return generations / terminalS;
        }
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final String secret;

    GenerationBurst(HttpClient http, ObjectMapper json, String secret) {
        this.http = http;
        this.json = json;
        this.secret = secret;
    }

    Result run(List<String> instances, int generations, String tag) throws Exception {
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<byte[]>>> posts = new ArrayList<>();
        for (int i = 0; i < generations; i++) {
            String body = "{\"prompt\":\"" + PROMPTS[i % PROMPTS.length] + "\",\"seed\":" + i + ",\"tags\":[\"" + tag + "\"]}";
            posts.add(http.sendAsync(HttpRequest.newBuilder(URI.create(instances.get(i % instances.size()) + "/v1/assets"))
                    .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray()));
        }
        for (CompletableFuture<HttpResponse<byte[]>> f : posts) {
            HttpResponse<byte[]> r = f.get();
            if (r.statusCode() != 202) {
                throw new IllegalStateException("submit answered " + r.statusCode() + ": " + new String(r.body()));
            }
        }
        long accepted = System.nanoTime();
        String base = instances.get(0);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (total(base, tag, "pending") + total(base, tag, "processing") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("generations still open after 10 minutes");
            }
            Thread.sleep(10);
        }
        long done = System.nanoTime();
        JsonNode failed = page(base, "/v1/assets?tag=" + tag + "&status=failed&limit=100");
        List<String> failures = new ArrayList<>();
        failed.get("assets").forEach(a -> failures.add(a.get("prompt").asText() + " -> " + a.get("error")));
        return new Result(generations, (accepted - start) / 1e9, (done - start) / 1e9, failed.get("total").asInt(), failures);
    }

    private long total(String base, String tag, String status) throws Exception {
        return page(base, "/v1/assets?tag=" + tag + "&status=" + status + "&limit=1").get("total").asLong();
    }

    private JsonNode page(String base, String path) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + secret).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return json.readTree(r.body());
    }
}
