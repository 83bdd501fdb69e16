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
    private final Fleet fleet;
    private final TokenStore tokens;
    private final Supplier<Duration> tokenLifetime;
    private final InventoryRoutes inventory;
    private final ProEngine engine;
    private final String clientId;
    private final String clientSecret;
    private final String username;
    private final String password;
    private final byte[] versionJson;

    JamfRoutes(Fleet fleet, TokenStore tokens, Supplier<Duration> tokenLifetime, InventoryRoutes inventory,
               ProEngine engine, String clientId, String clientSecret, String username, String password, String version) {
        this.fleet = fleet;
        this.tokens = tokens;
        this.tokenLifetime = tokenLifetime;
        this.inventory = inventory;
        this.engine = engine;
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
        SimResponse answer = inventory.handle(request, api);
        if (answer == null) {
            answer = engine.handle(request, api);
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
        // s = ["JSSResource", "computers", ...]
        if (s.size() < 2 || !s.get(1).equals("computers")) {
            return classicNotFound();
        }
        String method = request.method();
        if (s.size() == 2) {
            return method.equals("GET") ? SimResponse.xml(200, ClassicXml.list(fleet.all())) : notAllowed(false);
        }
        if (s.size() != 4 && !(s.size() == 6 && s.get(4).equals("subset"))) {
            return classicNotFound();
        }
        String key = s.get(2).toLowerCase(Locale.ROOT);
        String value = s.get(3);
        Optional<SimulatedComputer> found = switch (key) {
            case "id" -> parseId(value).flatMap(fleet::byId);
            case "name" -> fleet.first(c -> c.name().equals(value));
            case "serialnumber" -> fleet.first(c -> c.serialNumber().equalsIgnoreCase(value));
            case "udid" -> fleet.first(c -> c.udid().equalsIgnoreCase(value));
            case "macaddress" -> fleet.first(c -> c.macAddress().equalsIgnoreCase(value)
                    || value.equalsIgnoreCase(c.altMacAddress()));
            default -> null;
        };
        if (found == null) {
            return classicNotFound();
        }
        switch (method) {
            case "GET" -> {
                if (found.isEmpty()) {
                    return classicNotFound();
                }
                Set<String> subsets = null;
                if (s.size() == 6) {
                    subsets = new HashSet<>();
                    for (String name : s.get(5).split("[&,]")) {
                        String lower = name.trim().toLowerCase(Locale.ROOT);
                        if (ClassicXml.SUBSETS.contains(lower)) {
                            subsets.add(lower);
                        }
                    }
                }
                return SimResponse.of(200, "text/xml;charset=UTF-8", ClassicXml.computerBytes(found.get(), subsets));
            }
            case "PUT" -> {
                return s.size() == 4 ? update(request, found) : notAllowed(false);
            }
            case "DELETE" -> {
                if (s.size() != 4) {
                    return notAllowed(false);
                }
                if (found.isEmpty()) {
                    return classicNotFound();
                }
                fleet.delete(found.get().id());
                return SimResponse.xml(200, ClassicXml.idOnly(found.get().id()));
            }
            default -> {
                return notAllowed(false);
            }
        }
    }

    private SimResponse update(SimRequest request, Optional<SimulatedComputer> found) {
        String type = request.header("Content-Type");
        if (type == null || !(type.toLowerCase(Locale.ROOT).contains("xml"))) {
            return SimResponse.html(415, ClassicXml.errorPage("Unsupported Media Type",
                    "The server is refusing to service the request because the entity of the request is in a format "
                            + "not supported by the requested resource for the requested method"));
        }
        if (found.isEmpty()) {
            return classicNotFound();
        }
        Map<String, String> values;
        try {
            values = ClassicXml.readUpdate(request.body());
        } catch (Exception e) {
            return SimResponse.html(400, ClassicXml.errorPage("Bad Request",
                    "Error: The request sent by the client was syntactically incorrect"));
        }
        SimulatedComputer.Builder b = found.get().toBuilder();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String v = entry.getValue();
            String orNull = v.isEmpty() ? null : v;
            switch (entry.getKey()) {
                case "general/name" -> {
                    if (v.isEmpty()) {
                        return conflict("Error: Computer name is required");
                    }
                    b.name = v;
                }
                case "general/asset_tag" -> b.assetTag = orNull;
                case "general/remote_management/managed" -> b.managed = Boolean.parseBoolean(v);
                case "general/remote_management/management_username" -> b.managementUsername = orNull;
                case "location/username" -> b.username = orNull;
                case "location/realname", "location/real_name" -> b.realName = orNull;
                case "location/email_address" -> b.email = orNull;
                case "location/position" -> b.position = orNull;
                case "location/phone", "location/phone_number" -> b.phone = orNull;
                case "location/room" -> b.room = orNull;
                case "location/department" -> {
                    String id = idOf(FleetSeeder.DEPARTMENTS, v);
                    if (!v.isEmpty() && id == null) {
                        return conflict("Error: Problem with department in location");
                    }
                    b.department = orNull;
                    b.departmentId = id;
                }
                case "location/building" -> {
                    String id = idOf(FleetSeeder.BUILDINGS, v);
                    if (!v.isEmpty() && id == null) {
                        return conflict("Error: Problem with building in location");
                    }
                    b.building = orNull;
                    b.buildingId = id;
                }
                default -> {
                    // Jamf drops elements it does not know or does not let a PUT change
                }
            }
        }
        SimulatedComputer updated = b.build();
        int id = updated.id();
        if (fleet.update(id, old -> updated).isEmpty()) {
            return classicNotFound(); // deleted meanwhile
        }
        return SimResponse.xml(201, ClassicXml.idOnly(id));
    }

    private static String idOf(Map<String, String> names, String name) {
        return names.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(name)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static SimResponse conflict(String message) {
        return SimResponse.html(409, ClassicXml.errorPage("Conflict", message));
    }

    private static SimResponse classicNotFound() {
        return SimResponse.html(404, ClassicXml.errorPage("Not Found",
                "The server has not found anything matching the request URI"));
    }

    private static Optional<Integer> parseId(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
