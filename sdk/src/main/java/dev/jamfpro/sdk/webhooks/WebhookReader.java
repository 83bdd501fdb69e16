package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;

/** Reads a body in either form into the event class its {@code webhookEvent} names. */
final class WebhookReader {
    private WebhookReader() {
    }

    static WebhookEvent read(byte[] body, String contentType) {
        if (body == null) {
            throw new InvalidWebhookException("the body is null");
        }
        WebhookFormat format = WebhookFormat.ofContentType(contentType).orElseGet(() -> sniff(body));
        WebhookDocument document = format == WebhookFormat.JSON
                ? readJson(body, charset(contentType))
                : WebhookDocument.of(XmlTree.read(body), text(body, StandardCharsets.UTF_8, true), WebhookFormat.XML);
        return document.type() == null ? new UnknownWebhookEvent(document) : document.type().read(document);
    }

    private static WebhookDocument readJson(byte[] body, Charset charset) {
        String text = text(body, charset, false);
        JsonElement tree;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            tree = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new InvalidWebhookException("not valid JSON: more after the top-level value at "
                        + reader.getPath());
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new InvalidWebhookException("not valid JSON: " + e.getMessage(), e);
        }
        if (!tree.isJsonObject()) {
            throw new InvalidWebhookException("not a Jamf Pro webhook: the JSON is " + kind(tree) + ", not an object");
        }
        return WebhookDocument.of(tree.getAsJsonObject(), text, WebhookFormat.JSON);
    }

    /** The form a body without a usable content type starts with: '{' JSON, '<' XML. */
    private static WebhookFormat sniff(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i == body.length) {
            throw new InvalidWebhookException("the body is empty");
        }
        return switch (body[i]) {
            case '{', '[' -> WebhookFormat.JSON;
            case '<' -> WebhookFormat.XML;
            default -> throw new InvalidWebhookException("the body is neither JSON nor XML (it starts with '"
                    + printable(body[i]) + "')");
        };
    }

    /** The body as text; {@code lenient} replaces undecodable bytes (the XML reader decodes on its own). */
    private static String text(byte[] body, Charset charset, boolean lenient) {
        if (lenient) {
            return new String(body, charset);
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidWebhookException("the body is not valid " + charset.name() + " text", e);
        }
    }

    /** The {@code charset} parameter of a content type, or UTF-8 (JSON's encoding). */
    private static Charset charset(String contentType) {
        Optional<String> name = Optional.ofNullable(contentType).flatMap(type -> {
            for (String parameter : type.split(";")) {
                String[] pair = parameter.trim().split("=", 2);
                if (pair.length == 2 && pair[0].trim().toLowerCase(Locale.ROOT).equals("charset")) {
                    return Optional.of(pair[1].trim().replace("\"", ""));
                }
            }
            return Optional.empty();
        });
        try {
            return name.map(Charset::forName).orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidWebhookException("unknown charset in Content-Type: " + name.get(), e);
        }
    }

    private static String kind(JsonElement tree) {
        return tree.isJsonArray() ? "an array" : tree.isJsonNull() ? "null" : "a " + (tree.getAsJsonPrimitive()
                .isString() ? "string" : tree.getAsJsonPrimitive().isNumber() ? "number" : "boolean");
    }

    private static String printable(byte b) {
        return b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF);
    }
}
