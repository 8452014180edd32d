package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ApiJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a refused body says is about the request, never about Jackson's or Jetty's configuration. */
class UserTermsErrorMessagesTest {
    private static final ObjectMapper JSON = ApiJson.newMapper();

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("{\"seed\":" + "9".repeat(5000) + "}", "a number is too long (at most 1000 characters)"),
                Arguments.of("{\"x\":NaN}", "NaN is not a valid JSON number"),
                Arguments.of("{\"x\":Infinity}", "Infinity is not a valid JSON number"),
                Arguments.of("{\"x\":-Infinity}", "-Infinity is not a valid JSON number"),
                Arguments.of("[".repeat(3000) + "]".repeat(3000), "nested too deeply"),
                Arguments.of("{\"name\":\"cell\",}", "line 1, column"),
                Arguments.of("{\"name\": 'cell'}", "line 1, column"));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void aBodyJacksonRefusesIsDescribedInTheClientsTerms(String body, String expected) {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> JsonFields.parse(body.getBytes(StandardCharsets.UTF_8), JSON));
        assertThat(e.code()).isEqualTo("invalid_json");
        assertThat(e.getMessage()).contains(expected)
                .doesNotContain("StreamReadConstraints").doesNotContain("JsonReadFeature").doesNotContain("ALLOW_")
                .doesNotContain("`").doesNotContain("Feature").doesNotContain("jackson");
    }

    @Test
    void aBodyThatTimedOutSaysSoWithoutJettysWords() {
        ApiException e = RequestBodies.unreadable(new IOException(new TimeoutException("Idle timeout expired: 30000/30000 ms")));
        assertThat(e.status()).isEqualTo(408);
        assertThat(e.code()).isEqualTo("request_timeout");
        assertThat(e.getMessage()).contains("the request body was not received in time".substring(4))
                .doesNotContain("TimeoutException").doesNotContain("Idle timeout").doesNotContain("30000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Early EOF", "org.eclipse.jetty.io.EofException"})
    void aBodyCutShortSaysSo(String jettyMessage) {
        ApiException e = RequestBodies.unreadable(new IOException(jettyMessage));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains("ended before all of it arrived").doesNotContain("EOF").doesNotContain("jetty");
    }
}
