package io.gizmostudio.client;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OkHttp as the bottom of the transport stack. OkHttp's own silent connection retries are off so that
 * {@link RetryingTransport} alone decides what repeats; the API key is attached here, and only to requests
 * for the base URL's own scheme, host and port (a {@code download_url} elsewhere never sees it). Requests to
 * the base URL's origin do not follow redirects: the 3xx comes back to {@link ApiCaller}, which reports it,
 * so neither the key nor a POST body ever goes where the user did not point the client, and no other host
 * can answer in the server's name. Requests elsewhere (a {@code download_url}, which carries no key) follow
 * redirects as usual, e.g. to a storage service's signed URL.
 */
final class OkHttpTransport implements HttpTransport {
    private final OkHttpClient http;
    private final OkHttpClient foreign;
    private final HttpUrl base;

    OkHttpTransport(GizmoClientOptions options) {
        HttpUrl base = options.baseUrl();
        this.base = base;
        ApiKey key = options.apiKey().orElse(null);
        String userAgent = options.userAgent();
        this.http = new OkHttpClient.Builder()
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .writeTimeout(options.readTimeout())
                .callTimeout(options.callTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
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
        this.foreign = http.newBuilder().followRedirects(true).followSslRedirects(true).build();
    }

    static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
    }

    @Override
    public Response execute(Request request) throws IOException {
        return (sameOrigin(base, request.url()) ? http : foreign).newCall(request).execute();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
