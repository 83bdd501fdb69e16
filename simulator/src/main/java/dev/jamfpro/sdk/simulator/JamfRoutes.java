package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The endpoints: authentication, the Pro API inventory and version, the Classic computers. */
final class JamfRoutes {
    private final TokenStore tokens;
    private final Supplier<Duration> tokenLifetime;
    private final Supplier<InventoryRoutes> inventory;
    private final Supplier<ProEngine> engine;
    private final Supplier<ClassicEngine> classicEngine;
    private final String clientId;
    private final String clientSecret;
    private final String username;
    private final String password;
    private final byte[] versionJson;

    JamfRoutes(TokenStore tokens, Supplier<Duration> tokenLifetime, Supplier<InventoryRoutes> inventory,
               Supplier<ProEngine> engine, Supplier<ClassicEngine> classicEngine, String clientId, String clientSecret, String username, String password, String version) {
        this.tokens = tokens;
        this.tokenLifetime = tokenLifetime;
        this.inventory = inventory;
        this.engine = engine;
        this.classicEngine = classicEngine;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.username = username;
        this.password = password;
        JsonObject v = new JsonObject();
        v.addProperty("version", version);
        this.versionJson = v.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The token endpoints: no bearer needed, never faulted, counted as token requests. */
    static boolean isTokenPath(String path) {
        return path.equals("/api/v1/oauth/token") || path.equals("/api/oauth/token") || path.equals("/api/v1/auth/token")
                || path.equals("/api/v1/auth/keep-alive") || path.equals("/api/auth/keepAlive");
    }

    /** Authentication endpoints, which injected faults leave alone. */
    static boolean isAuthPath(String path) {
        return isTokenPath(path) || path.equals("/api/v1/auth/invalidate-token") || path.equals("/api/auth/invalidateToken");
    }

    /**
     * Who a request acts as, as Jamf's {@code authorizedUsername} names it: the user of a user token, the
     * client id of an API-client token; null without a valid token.
     */
    String principal(SimRequest request) {
        TokenStore.Token token = tokens.valid(request.bearerToken());
        if (token == null) {
            return null;
        }
        return token.kind() == TokenStore.Kind.USER ? username : clientId;
    }

    SimResponse route(SimRequest request, List<String> segments, String path) {
        String method = request.method();
        switch (path) {
            case "/api/v1/oauth/token", "/api/oauth/token" -> {
                return method.equals("POST") ? oauthToken(request) : notAllowed(true);
            }
            case "/api/v1/auth/token" -> {
                return method.equals("POST") ? userToken(request) : notAllowed(true);
            }
            case "/api/v1/auth/keep-alive", "/api/auth/keepAlive" -> {
                return method.equals("POST") ? keepAlive(request, path.equals("/api/auth/keepAlive")) : notAllowed(true);
            }
            case "/api/v1/auth/invalidate-token", "/api/auth/invalidateToken" -> {
                return method.equals("POST") ? invalidate(request) : notAllowed(true);
            }
            default -> {
                // below
            }
        }
        boolean pro = path.startsWith("/api/");
        boolean classic = path.startsWith("/JSSResource/") || path.equals("/JSSResource");
        if (!pro && !classic) {
            return SimResponse.html(404, ClassicXml.errorPage("Not Found",
                    "The server has not found anything matching the request URI"));
        }
        if (tokens.valid(request.bearerToken()) == null) {
            return pro ? proError(401, "INVALID_TOKEN", null, "Unauthorized")
                    : SimResponse.html(401, ClassicXml.errorPage("Unauthorized",
                    "The request requires user authentication"));
        }
        return pro ? pro(request, segments) : classic(request, segments);
    }

    // ---------------------------------------------------------------- authentication

    private SimResponse oauthToken(SimRequest request) {
        Map<String, List<String>> form = SimRequest.parseQuery(request.bodyText());
        String grant = first(form, "grant_type");
        if (grant == null) {
            return oauthError(400, "invalid_request", "Missing grant_type");
        }
        if (!grant.equals("client_credentials")) {
            return oauthError(400, "unsupported_grant_type", "Unsupported grant type: " + grant);
        }
        String id = first(form, "client_id");
        String secret = first(form, "client_secret");
        String[] basic = request.basicCredentials(); // RFC 6749 also allows client_secret_basic
        if (id == null && basic != null) {
            id = basic[0];
            secret = basic[1];
        }
        if (!clientId.equals(id) || !clientSecret.equals(secret)) {
            return oauthError(401, "invalid_client", "Client authentication failed");
        }
        Duration lifetime = tokenLifetime.get();
        TokenStore.Token token = tokens.issue(TokenStore.Kind.OAUTH, lifetime);
        JsonObject body = new JsonObject();
        body.addProperty("access_token", token.value());
        body.addProperty("scope", "api-role:1 api-role:2");
        body.addProperty("token_type", "Bearer");
        body.addProperty("expires_in", lifetime.toSeconds());
        return SimResponse.json(200, body.toString()).withHeader("Cache-Control", "no-store");
    }

    private static SimResponse oauthError(int status, String error, String description) {
        JsonObject body = new JsonObject();
        body.addProperty("error", error);
        body.addProperty("error_description", description);
        return SimResponse.json(status, body.toString());
    }

    private SimResponse userToken(SimRequest request) {
        String[] basic = request.basicCredentials();
        if (basic == null || !username.equals(basic[0]) || !password.equals(basic[1])) {
            return SimResponse.json(401, "{\"httpStatus\":401,\"errors\":[]}");
        }
        return userTokenAnswer(tokens.issue(TokenStore.Kind.USER, tokenLifetime.get()));
    }

    private SimResponse keepAlive(SimRequest request, boolean legacy) {
        String old = request.bearerToken();
        TokenStore.Token current = tokens.valid(old);
        if (current == null) {
            return proError(401, "INVALID_TOKEN", null, "Unauthorized");
        }
        if (current.kind() != TokenStore.Kind.USER) {
            return proError(401, "INVALID_TOKEN", null,
                    "Keep-alive extends user tokens only; request a new API client token instead");
        }
        TokenStore.Token fresh = tokens.issue(TokenStore.Kind.USER, tokenLifetime.get());
        tokens.kill(old);
        if (legacy) { // the deprecated /api/auth/keepAlive answers the expiry in epoch milliseconds
            JsonObject body = new JsonObject();
            body.addProperty("token", fresh.value());
            body.addProperty("expires", fresh.expires().toEpochMilli());
            return SimResponse.json(200, body.toString());
        }
        return userTokenAnswer(fresh);
    }

    private static SimResponse userTokenAnswer(TokenStore.Token token) {
        JsonObject body = new JsonObject();
        body.addProperty("token", token.value());
        body.addProperty("expires", InventoryJson.date(token.expires()));
        return SimResponse.json(200, body.toString());
    }

    private SimResponse invalidate(SimRequest request) {
        return tokens.kill(request.bearerToken()) ? SimResponse.noContent()
                : proError(401, "INVALID_TOKEN", null, "Unauthorized");
    }

    // ---------------------------------------------------------------- Pro API

    private SimResponse pro(SimRequest request, List<String> s) {
        List<String> api = s.subList(1, s.size()); // after "api"
        if (api.size() == 2 && api.get(0).equals("v1") && api.get(1).equals("jamf-pro-version")) {
            return request.method().equals("GET") ? SimResponse.json(200, versionJson) : notAllowed(true);
        }
        SimResponse answer = inventory.get().handle(request, api);
        if (answer == null) {
            answer = engine.get().handle(request, api);
        }
        return answer != null ? answer
                : proError(404, "NOT_FOUND", null, "No such resource: /" + String.join("/", s));
    }

    static SimResponse proError(int status, String code, String field, String description) {
        JsonObject error = new JsonObject();
        error.addProperty("code", code);
        error.addProperty("field", field);
        error.addProperty("description", description);
        error.addProperty("id", "0");
        JsonArray errors = new JsonArray();
        errors.add(error);
        JsonObject body = new JsonObject();
        body.addProperty("httpStatus", status);
        body.add("errors", errors);
        return SimResponse.json(status, body.toString());
    }

    private static SimResponse notAllowed(boolean pro) {
        return pro ? proError(405, "METHOD_NOT_ALLOWED", null, "Method not allowed")
                : SimResponse.html(405, ClassicXml.errorPage("Method Not Allowed",
                "The method specified in the Request-Line is not allowed for the resource identified by the request URI"));
    }

    // ---------------------------------------------------------------- Classic API

    private SimResponse classic(SimRequest request, List<String> s) {
        return classicEngine.get().handle(request, s.subList(1, s.size())); // after "JSSResource"
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
