package dev.jamfpro.sdk.internal.http;

import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Jamf Pro reads {@code sort} as one comma-joined value ({@code sort=name:asc,id:desc}) although its
 * document declares a repeated parameter, which the generated interfaces send. Joined here, once,
 * for every Pro API call.
 */
final class SortParameter {
    static final String NAME = "sort";

    private SortParameter() {
    }

    static Request joinRepeated(Request request) {
        HttpUrl url = request.url();
        List<String> values = url.queryParameterValues(NAME);
        if (values.size() < 2) {
            return request;
        }
        String joined = String.join(",", values.stream().filter(v -> v != null && !v.isEmpty()).toList());
        HttpUrl rewritten = url.newBuilder().removeAllQueryParameters(NAME).addQueryParameter(NAME, joined).build();
        return request.newBuilder().url(rewritten).build();
    }
}
