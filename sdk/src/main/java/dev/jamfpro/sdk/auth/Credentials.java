package dev.jamfpro.sdk.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.CredentialsException;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Loaders of {@link CredentialsProvider}s from where secrets usually live. None of them prints or
 * logs a secret; errors name what is missing.
 */
public final class Credentials {
    static final String CLIENT_ID = "JAMF_CLIENT_ID";
    static final String CLIENT_SECRET = "JAMF_CLIENT_SECRET";
    static final String USERNAME = "JAMF_USERNAME";
    static final String PASSWORD = "JAMF_PASSWORD";
    private static final String AWS_CLIENT = "software.amazon.awssdk.services.secretsmanager.SecretsManagerClient";
    private static final String AWS_REQUEST = "software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest";

    private Credentials() {
    }

    /**
     * API-client credentials from {@code JAMF_CLIENT_ID}/{@code JAMF_CLIENT_SECRET}, or else user
     * credentials from {@code JAMF_USERNAME}/{@code JAMF_PASSWORD}.
     *
     * @return the credentials found
     * @throws CredentialsException when neither pair is complete
     */
    public static CredentialsProvider fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * As {@link #fromEnvironment()}, reading the given variables (for tests and custom sources).
     *
     * @param environment the variables to read, by name
     * @return the credentials found
     */
    public static CredentialsProvider fromEnvironment(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment == null");
        String clientId = nonBlank(environment.get(CLIENT_ID));
        String clientSecret = nonBlank(environment.get(CLIENT_SECRET));
        if (clientId != null || clientSecret != null) {
            if (clientId == null || clientSecret == null) {
                throw new CredentialsException((clientId == null ? CLIENT_ID : CLIENT_SECRET)
                        + " is not set while " + (clientId == null ? CLIENT_SECRET : CLIENT_ID) + " is");
            }
            return new ApiClientCredentialsProvider(clientId, clientSecret);
        }
        String username = nonBlank(environment.get(USERNAME));
        String password = nonBlank(environment.get(PASSWORD));
        if (username != null && password != null) {
            return new UserCredentialsProvider(username, password);
        }
        throw new CredentialsException("no Jamf Pro credentials in the environment: set " + CLIENT_ID + " and "
                + CLIENT_SECRET + " (API client), or " + USERNAME + " and " + PASSWORD + " (user)");
    }

    /**
     * Asks on the console: the client id or username is echoed, the secret is not.
     *
     * @param <T> the kind of credentials
     * @param type {@code ApiClientCredentialsProvider.class} or {@code UserCredentialsProvider.class}
     * @return the credentials read
     * @throws CredentialsException when there is no console (not an interactive terminal)
     */
    public static <T extends CredentialsProvider> T prompt(Class<T> type) {
        Console console = System.console();
        if (console == null) {
            throw new CredentialsException("cannot prompt for credentials: no console (not an interactive terminal)");
        }
        boolean apiClient = isApiClient(type);
        String identity = console.readLine(apiClient ? "Jamf Pro API client ID: " : "Jamf Pro username: ");
        char[] secret = console.readPassword(apiClient ? "Client secret: " : "Password: ");
        if (identity == null || secret == null) {
            throw new CredentialsException("credentials prompt ended without input");
        }
        return create(type, identity.trim(), new String(secret));
    }

    /**
     * Reads the secret from the macOS keychain with {@code security find-generic-password -s server -a identity -w}
     * (the layout the Python SDK's keyring uses: service = server, account = client id or username).
     *
     * @param server the Jamf Pro server name the secret was stored under
     * @param identity the client id or username
     * @param <T> the kind of credentials
     * @param type {@code ApiClientCredentialsProvider.class} or {@code UserCredentialsProvider.class}
     * @return the credentials read
     * @throws CredentialsException when {@code security} is unavailable (not macOS) or the item is missing
     */
    public static <T extends CredentialsProvider> T fromKeychain(Class<T> type, String server, String identity) {
        return fromKeychain(type, server, identity, "security");
    }

    static <T extends CredentialsProvider> T fromKeychain(Class<T> type, String server, String identity, String command) {
        Secrets.requireText("server", server);
        Secrets.requireText("identity", identity);
        isApiClient(type);
        List<String> argv = List.of(command, "find-generic-password", "-s", server, "-a", identity, "-w");
        Process process;
        try {
            process = new ProcessBuilder(argv).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new CredentialsException("macOS keychain is not available: cannot run '" + command
                    + "' (the keychain loader works on macOS only)", e);
        }
        try {
            process.getOutputStream().close();
            byte[] out = readAll(process.getInputStream());
            readAll(process.getErrorStream()); // drained, never shown: it may echo the item
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new CredentialsException("macOS keychain lookup timed out for server " + server);
            }
            if (process.exitValue() != 0) {
                throw new CredentialsException("no keychain item for server '" + server + "' and account '"
                        + identity + "' (security exited with " + process.exitValue() + ")");
            }
            String secret = new String(out, StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) {
                throw new CredentialsException("the keychain item for server '" + server + "' and account '"
                        + identity + "' holds an empty secret");
            }
            return create(type, identity, secret);
        } catch (IOException e) {
            throw new CredentialsException("cannot read from the macOS keychain for server " + server, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialsException("interrupted while reading the macOS keychain", e);
        }
    }

    /**
     * Reads a JSON secret from AWS Secrets Manager: {@code {"client_id": ..., "client_secret": ...}}
     * or {@code {"username": ..., "password": ...}}. Needs {@code software.amazon.awssdk:secretsmanager}
     * on the classpath (an optional dependency) and the usual AWS credential chain.
     *
     * @param <T> the kind of credentials
     * @param type {@code ApiClientCredentialsProvider.class} or {@code UserCredentialsProvider.class}
     * @param secretId the secret's name or ARN
     * @return the credentials read
     * @throws CredentialsException when the AWS SDK is missing, the secret cannot be read, or lacks a key
     */
    public static <T extends CredentialsProvider> T fromAwsSecretsManager(Class<T> type, String secretId) {
        Secrets.requireText("secretId", secretId);
        boolean apiClient = isApiClient(type);
        Class<?> clientClass;
        Class<?> requestClass;
        try {
            ClassLoader loader = Credentials.class.getClassLoader();
            clientClass = Class.forName(AWS_CLIENT, true, loader);
            requestClass = Class.forName(AWS_REQUEST, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new CredentialsException("AWS Secrets Manager support needs the optional dependency "
                    + "software.amazon.awssdk:secretsmanager on the classpath", e);
        }
        String json;
        try {
            Object builder = requestClass.getMethod("builder").invoke(null);
            builder.getClass().getMethod("secretId", String.class).invoke(builder, secretId);
            Object request = builder.getClass().getMethod("build").invoke(builder);
            try (AutoCloseable client = (AutoCloseable) clientClass.getMethod("create").invoke(null)) {
                Method get = clientClass.getMethod("getSecretValue", requestClass);
                Object response = get.invoke(client, request);
                json = (String) response.getClass().getMethod("secretString").invoke(response);
            }
        } catch (InvocationTargetException e) {
            throw new CredentialsException("cannot read secret '" + secretId + "' from AWS Secrets Manager: "
                    + e.getCause().getClass().getSimpleName(), e.getCause());
        } catch (Exception e) {
            throw new CredentialsException("cannot read secret '" + secretId + "' from AWS Secrets Manager", e);
        }
        return fromSecretJson(type, secretId, json, apiClient);
    }

    static <T extends CredentialsProvider> T fromSecretJson(Class<T> type, String secretId, String json, boolean apiClient) {
        if (json == null || json.isBlank()) {
            throw new CredentialsException("secret '" + secretId + "' has no string value");
        }
        JsonObject object;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject()) {
                throw new CredentialsException("secret '" + secretId + "' is not a JSON object");
            }
            object = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new CredentialsException("secret '" + secretId + "' is not valid JSON"); // no cause: it quotes the secret
        }
        String[] keys = apiClient ? new String[] {"client_id", "client_secret"} : new String[] {"username", "password"};
        String identity = member(object, keys[0], secretId);
        String secret = member(object, keys[1], secretId);
        return create(type, identity, secret);
    }

    private static String member(JsonObject object, String key, String secretId) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
            throw new CredentialsException("secret '" + secretId + "' has no \"" + key + "\"");
        }
        return value.getAsString();
    }

    private static boolean isApiClient(Class<? extends CredentialsProvider> type) {
        Objects.requireNonNull(type, "type == null");
        if (type == ApiClientCredentialsProvider.class) {
            return true;
        }
        if (type == UserCredentialsProvider.class) {
            return false;
        }
        throw new IllegalArgumentException("type must be ApiClientCredentialsProvider or UserCredentialsProvider, got "
                + type.getName());
    }

    private static <T extends CredentialsProvider> T create(Class<T> type, String identity, String secret) {
        CredentialsProvider provider = isApiClient(type)
                ? new ApiClientCredentialsProvider(identity, secret)
                : new UserCredentialsProvider(identity, secret);
        return type.cast(provider);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
