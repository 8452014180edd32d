package io.gizmostudio.server.http;

/** One authenticated endpoint: reads an {@link ApiRequest}, answers a {@link Reply} or throws {@link ApiException}. */
@FunctionalInterface
public interface ApiHandler {
    Reply handle(ApiRequest request) throws Exception;
}
