package dev.jamfpro.sdk.examples.benchmark;

import com.google.gson.Gson;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The child JVM of benchmark 8: {@code sdk} builds a client and makes one Pro call; {@code plain} does the
 * same work with OkHttp and Gson (a token request, then the version into a class). Prints its CPU time.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    /** What plain Gson reads the answer into. */
    static final class Version {
        String version;
    }

    /** The token answer, for plain Gson. */
    static final class Token {
        String access_token; // the JSON name
    }

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:" + args[1];
        String version;
        if (args[0].equals("sdk")) {
            try (AsyncJamfProClient client = AsyncJamfProClient.builder().server("localhost")
                    .port(Integer.parseInt(args[1])).credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                    .sessionConfig(SessionConfig.builder().scheme("http").build()).build()) {
                version = client.proApi().getJamfProVersionV1().join().getVersion();
            }
        } else {
            OkHttpClient http = new OkHttpClient();
            Gson gson = new Gson();
            Token token;
            try (Response answer = http.newCall(new Request.Builder().url(base + "/api/v1/oauth/token")
                    .post(new FormBody.Builder().add("grant_type", "client_credentials").add("client_id", "sim-client")
                            .add("client_secret", "sim-secret").build()).build()).execute()) {
                token = gson.fromJson(answer.body().charStream(), Token.class);
            }
            try (Response answer = http.newCall(new Request.Builder().url(base + "/api/v1/jamf-pro-version")
                    .header("Authorization", "Bearer " + token.access_token).build()).execute()) {
                version = gson.fromJson(answer.body().charStream(), Version.class).version;
            }
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        System.out.printf(Locale.ROOT, "RESULT outcome=%s cpuMs=%d%n", version == null ? "no-version" : "ok", cpu);
        System.exit(0);
    }
}
