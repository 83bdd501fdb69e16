package com.example.consumer;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProSdk;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * What a user does first: the README's simulator example, with the SDK and the simulator taken from
 * the repository the build deployed to. Fails (exit 1) naming what does not hold.
 *
 * <p>Arguments: the local repository the artifacts must have been resolved into, the SDK version, and
 * the Jamf Pro version the Pro API must say it was generated from.
 */
public final class ConsumerCheck {
    public static void main(String[] args) throws Exception {
        Path localRepository = Path.of(args[0]).toRealPath();
        String sdkVersion = args[1];
        String jamfProVersion = args[2];

        int computers;
        String serverVersion;
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(120).start();
             AsyncJamfProClient client = AsyncJamfProClient.builder().server(jamf.host()).port(jamf.port())
                     .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                     .sessionConfig(SessionConfig.builder().scheme("http").build()).build()) {
            List<ComputerInventory> all = client.proApi()
                    .getComputersInventoryV1Pages(List.of("GENERAL"), PageQuery.builder().pageSize(50).build())
                    .all().join();
            check(all.size() == jamf.computers().size(), "all " + jamf.computers().size()
                    + " computers in 3 pages, got " + all.size());
            computers = all.size();
            serverVersion = client.serverVersion().join();
        }

        check(JamfProSdk.version().equals(sdkVersion), "JamfProSdk.version() " + JamfProSdk.version());
        check(JamfProSdk.generatedFrom().equals(jamfProVersion), "JamfProSdk.generatedFrom() " + JamfProSdk.generatedFrom());
        Attributes sdk = manifest(AsyncJamfProClient.class, localRepository, "dev.jamfpro.sdk");
        check(jamfProVersion.equals(sdk.getValue("Jamf-Pro-Version")), "manifest Jamf-Pro-Version "
                + sdk.getValue("Jamf-Pro-Version"));
        check(sdkVersion.equals(sdk.getValue("Implementation-Version")), "manifest Implementation-Version "
                + sdk.getValue("Implementation-Version"));
        manifest(JamfProSimulator.class, localRepository, "dev.jamfpro.sdk.simulator");

        System.out.println("consumer-check: jamf-pro-sdk " + JamfProSdk.version() + " (Pro API of Jamf Pro "
                + JamfProSdk.generatedFrom() + ") and its simulator resolved from the release repository; "
                + computers + " computers read from a simulated Jamf Pro " + serverVersion);
    }

    /** The manifest of the jar {@code type} was loaded from, which must lie in the local repository. */
    private static Attributes manifest(Class<?> type, Path localRepository, String moduleName) throws Exception {
        Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toRealPath();
        check(jar.startsWith(localRepository) && jar.toString().endsWith(".jar"),
                type.getSimpleName() + " must come from a jar in " + localRepository + ", came from " + jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest().getMainAttributes();
            check(moduleName.equals(main.getValue("Automatic-Module-Name")), jar.getFileName()
                    + ": Automatic-Module-Name " + main.getValue("Automatic-Module-Name"));
            return main;
        }
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            System.err.println("consumer-check FAILED: " + what);
            System.exit(1);
        }
    }
}
