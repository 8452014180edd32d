package io.gizmostudio.client;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OkHttp as the bottom of the transport stack. OkHttp's own silent connection retries are off so that
 * {@link RetryingTransport} alone decides what repeats; the API key is attached here, and only to requests
 * for the base URL's own scheme, host and port (a {@code download_url} elsewhere never sees it; OkHttp
 * already drops the header on redirects to another host).
 */
final class OkHttpTransport implements HttpTransport {
    private final OkHttpClient http;

    OkHttpTransport(GizmoClientOptions options) {
        HttpUrl base = options.baseUrl();
        ApiKey key = options.apiKey().orElse(null);
        String userAgent = options.userAgent();
        this.http = new OkHttpClient.Builder()
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .writeTimeout(options.readTimeout())
                .callTimeout(options.callTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(true)
                .addInterceptor(chain -> {
                    Request request = chain.request();
                    Request.Builder out = request.newBuilder().header("User-Agent", userAgent);
                    if (key != null && sameOrigin(base, request.url())) {
                        out.header("Authorization", key.bearerHeader());
                    } else {
                        out.removeHeader("Authorization");
                    }
                    return chain.proceed(out.build());
                })
                .build();
    }

    static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
    }

    @Override
    public Response execute(Request request) throws IOException {
        return http.newCall(request).execute();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
