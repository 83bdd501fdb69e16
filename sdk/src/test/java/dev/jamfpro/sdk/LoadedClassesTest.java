package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.*;

import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Start-up pays only for what is used: a fresh JVM that builds a client and makes one Pro call loads the
 * model classes of that call and nothing of the Classic layer or JAXB (before: 143 Pro model classes, 88
 * Classic model classes and 372 JAXB classes for the same call). The same holds for the synchronous face
 * (before: it made the Classic API when built, loading ClassicApi, ClassicCalls and BlockingClassicApi).
 */
class LoadedClassesTest {

    /**
     * The child JVM: a simulator, a client ({@code sync}: its synchronous face), one Pro call; class loading
     * is logged by the JVM.
     */
    public static void main(String[] args) {
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(1).start();
             AsyncJamfProClient client = AsyncJamfProClient.builder().baseUrl(jamf.baseUrl())
                     .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret")).build()) {
            String version = args.length > 0 && args[0].equals("sync")
                    ? client.sync().proApi().getJamfProVersionV1().getVersion()
                    : client.proApi().getJamfProVersionV1().join().getVersion();
            System.out.println("VERSION " + version);
        }
        System.exit(0);
    }

    @Test
    void oneProCallLoadsNoClassicNorJaxbAndOnlyItsOwnModel() throws Exception {
        assertOneProCallLoadsNoClassicNorJaxb("async");
    }

    @Test
    void oneBlockingProCallLoadsNoClassicNorJaxbAndOnlyItsOwnModel() throws Exception {
        assertOneProCallLoadsNoClassicNorJaxb("sync");
    }

    private static void assertOneProCallLoadsNoClassicNorJaxb(String face) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(List.of(java, "-Xlog:class+load=info", "-cp", classpath,
                LoadedClassesTest.class.getName(), face)).redirectErrorStream(true).start();
        List<String> proModels = new ArrayList<>();
        List<String> classic = new ArrayList<>();
        List<String> jaxb = new ArrayList<>();
        boolean called = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                called |= line.startsWith("VERSION ");
                if (!line.contains("[class,load]")) {
                    continue;
                }
                if (line.contains(" dev.jamfpro.sdk.pro.model.")) {
                    proModels.add(line);
                } else if (line.contains(" dev.jamfpro.sdk.classic.")) {
                    classic.add(line);
                } else if (line.contains(" jakarta.xml.bind.") || line.contains(" org.glassfish.jaxb.")) {
                    jaxb.add(line);
                }
            }
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(called, "the child made its call");
        assertEquals(List.of(), classic, "no Classic class before the first Classic call");
        assertEquals(List.of(), jaxb, "no JAXB class before the first Classic call");
        assertTrue(proModels.size() <= 2, "only the call's own model: " + proModels);
    }
}
