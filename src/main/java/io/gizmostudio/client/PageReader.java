package io.gizmostudio.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import okhttp3.Request;

/**
 * Reads a list reply: items under the plural key ({@code assets}, {@code scenes}), or under {@code items} /
 * {@code data} as some servers send (§9.5); {@code total} when present.
 */
final class PageReader {
    private final ApiCaller caller;

    PageReader(ApiCaller caller) {
        this.caller = caller;
    }

    <T> Page<T> read(Request request, String listKey, Class<T> type, int requestedOffset, Function<T, T> check) {
        JsonNode node = caller.tree(request);
        JsonNode array = null;
        if (node != null && node.isObject()) {
            for (String key : List.of(listKey, "items", "data")) {
                JsonNode candidate = node.get(key);
                if (candidate != null && candidate.isArray()) {
                    array = candidate;
                    break;
                }
            }
        } else if (node != null && node.isArray()) {
            array = node;
        }
        if (array == null) {
            throw caller.errors().errorInSuccess(200, node, ApiCaller.describe(request)).orElseGet(() ->
                    new UnexpectedResponseException(200, UnexpectedResponseException.MISSING_FIELD,
                            "a list reply without '" + listKey + "' [" + ApiCaller.describe(request) + "]", null));
        }
        List<T> items = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            items.add(check.apply(caller.convert(element, type, 200, request)));
        }
        JsonNode total = node.isObject() ? node.get("total") : null;
        JsonNode offset = node.isObject() ? node.get("offset") : null;
        return new Page<>(items,
                total != null && total.canConvertToLong() && total.isNumber() ? OptionalLong.of(total.asLong()) : OptionalLong.empty(),
                offset != null && offset.isInt() ? offset.asInt() : requestedOffset);
    }
}
