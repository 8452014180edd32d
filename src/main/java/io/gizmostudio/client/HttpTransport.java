package io.gizmostudio.client;

import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one seam through which every request of the client leaves: OkHttp underneath, decorated by
 * {@link RetryingTransport}. The caller owns (and closes) the returned response.
 */
interface HttpTransport extends AutoCloseable {
    Response execute(Request request) throws IOException;

    @Override
    default void close() {
    }
}
