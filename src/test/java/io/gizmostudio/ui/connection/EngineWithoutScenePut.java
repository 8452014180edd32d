package io.gizmostudio.ui.connection;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * A real engine behind a proxy that plays an older server: {@code PUT /v1/scenes/{id}/assets} answers 405 as a
 * server without the route does; every other request goes to the engine unchanged. Records what the client sent.
 */
final class EngineWithoutScenePut implements AutoCloseable {
    private static final Pattern SCENE_PUT = Pattern.compile("/v1/scenes/[^/]+/assets/?");

    final List<String> requests = new CopyOnWriteArrayList<>();
    private final MockWebServer proxy = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient();

    EngineWithoutScenePut(String engineBaseUrl) throws IOException {
        HttpUrl engine = HttpUrl.get(engineBaseUrl);
        proxy.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request.getMethod() + " " + request.getUrl().encodedPath());
                if ("PUT".equals(request.getMethod()) && SCENE_PUT.matcher(request.getUrl().encodedPath()).matches()) {
                    return new MockResponse.Builder().code(405).addHeader("Content-Type", "application/json")
                            .body("{\"error\":\"invalid_request\",\"code\":\"method_not_allowed\",\"message\":\"no PUT here\"}")
                            .build();
                }
                return forward(request, engine);
            }
        });
        proxy.start();
    }

    String baseUrl() {
        return proxy.url("/").toString();
    }

    long count(String methodAndPathStart) {
        return requests.stream().filter(r -> r.startsWith(methodAndPathStart)).count();
    }

    private MockResponse forward(RecordedRequest in, HttpUrl engine) {
        HttpUrl target = in.getUrl().newBuilder().scheme(engine.scheme()).host(engine.host()).port(engine.port()).build();
        String type = in.getHeaders().get("Content-Type");
        boolean hasBody = List.of("POST", "PUT", "PATCH").contains(in.getMethod());
        RequestBody body = !hasBody ? null : RequestBody.create(in.getBody() == null ? new byte[0] : in.getBody().toByteArray(),
                type == null ? null : MediaType.get(type));
        Request.Builder out = new Request.Builder().url(target).method(in.getMethod(), body);
        for (String name : List.of("Authorization", "Idempotency-Key", "Accept")) {
            String value = in.getHeaders().get(name);
            if (value != null) {
                out.header(name, value);
            }
        }
        try (Response reply = http.newCall(out.build()).execute()) {
            Headers.Builder headers = new Headers.Builder();
            for (String name : List.of("Content-Type", "Retry-After", "Content-Disposition")) {
                String value = reply.header(name);
                if (value != null) {
                    headers.add(name, value);
                }
            }
            Buffer bytes = new Buffer().write(reply.body().bytes());
            return new MockResponse.Builder().code(reply.code()).headers(headers.build()).body(bytes).build();
        } catch (IOException e) {
            return new MockResponse.Builder().code(502).body("proxy: " + e.getMessage()).build();
        }
    }

    @Override
    public void close() {
        proxy.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
