package io.gizmostudio.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error pages (a request it cannot even parse: a bad URI, oversized headers) as the API envelope
 * instead of HTML, so a client never has to parse anything else.
 */
public final class ProtocolErrorHandler extends ErrorHandler {
    private final ObjectMapper json;

    public ProtocolErrorHandler(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Reply.JSON));
        return ByteBuffer.wrap(ErrorMapper.envelope(json, ErrorMapper.protocolError(status)));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        byte[] body = ErrorMapper.envelope(json, ErrorMapper.protocolError(code));
        response.setContentType(Reply.JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }
}
