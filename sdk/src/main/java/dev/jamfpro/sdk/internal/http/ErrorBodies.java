package dev.jamfpro.sdk.internal.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.ClassicApiException;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.internal.Snippets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading Jamf's error answers: Pro API JSON and Classic API HTML pages. */
public final class ErrorBodies {
    private static final Pattern PARAGRAPH = Pattern.compile("<p[^>]*>(.*?)</p>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private ErrorBodies() {
    }

    /** A Pro API error answer as an exception; {@code errors} parsed when the body is Jamf's error JSON. */
    public static JamfProApiException proApi(String method, String path, int status, String body) {
        return new JamfProApiException(method, path, status, proApiErrors(body), body);
    }

    /** A Classic API error answer as an exception, with the message of Jamf's HTML error page. */
    public static ClassicApiException classicApi(String method, String path, int status, String body) {
        return new ClassicApiException(method, path, status, classicMessage(body), body);
    }

    /** The {@code errors} of {@code {httpStatus, errors: [{code, field, description, id}]}}; empty if absent. */
    public static List<JamfProApiException.ApiError> proApiErrors(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(body);
        } catch (JsonParseException e) {
            return List.of();
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("errors")
                || !root.getAsJsonObject().get("errors").isJsonArray()) {
            return List.of();
        }
        JsonArray array = root.getAsJsonObject().getAsJsonArray("errors");
        List<JamfProApiException.ApiError> errors = new ArrayList<>(array.size());
        for (JsonElement element : array) {
            if (element.isJsonObject()) {
                JsonObject e = element.getAsJsonObject();
                errors.add(new JamfProApiException.ApiError(text(e, "code"), text(e, "field"),
                        text(e, "description"), text(e, "id")));
            }
        }
        return errors;
    }

    /**
     * The message of a Classic API error page: the {@code <p>Error: ...</p>} paragraph (its text
     * after {@code Error:}), else the first paragraph, else the title, else the body's text.
     */
    public static String classicMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String fallback = null;
        Matcher paragraphs = PARAGRAPH.matcher(body);
        while (paragraphs.find()) {
            String text = plain(paragraphs.group(1));
            if (text.regionMatches(true, 0, "Error:", 0, 6)) {
                return text.substring(6).strip();
            }
            if (fallback == null && !text.isEmpty()) {
                fallback = text;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        Matcher title = TITLE.matcher(body);
        if (title.find() && !plain(title.group(1)).isEmpty()) {
            return plain(title.group(1));
        }
        return Snippets.of(plain(body));
    }

    private static String plain(String html) {
        return TAG.matcher(html).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    private static String text(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value == null || value.isJsonNull() ? null
                : value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }
}
