package dev.jamfpro.sdk.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Answers of the operations that do not answer JSON: CSV and tab-separated exports, plain text, PEM
 * certificates, DER certificates, images, configuration profiles, downloads. Each is a small valid
 * file of its type, the same for the same path.
 */
final class SampleFiles {
    /** A 1x1 transparent PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    /** A short DER sequence (the start of a certificate): binary, not text. */
    private static final byte[] DER = {0x30, (byte) 0x82, 0x01, 0x0a, 0x02, (byte) 0x82, 0x01, 0x01, 0x00, (byte) 0xc3};
    private static final String PEM = "-----BEGIN CERTIFICATE-----\n"
            + "MIIBszCCAVmgAwIBAgIUSimulatedJamfProCertificateMAoGCCqGSM49BAMCMBcx\n"
            + "FTATBgNVBAMMDGphbWYuZXhhbXBsZTAeFw0yNjAxMDEwMDAwMDBaFw0zNjAxMDEw\n"
            + "-----END CERTIFICATE-----\n";

    private SampleFiles() {
    }

    static SimResponse answer(int status, String mediaType, String path) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (type.equals("text/csv")) {
            return SimResponse.text(status, "text/csv;charset=UTF-8", "id,name\n1,Simulated " + name + " 1\n"
                    + "2,Simulated " + name + " 2\n");
        }
        if (type.equals("text/tab") || type.equals("text/tab-separated-values")) {
            return SimResponse.text(status, type + ";charset=UTF-8", "id\tname\n1\tSimulated " + name + " 1\n");
        }
        if (type.startsWith("text/")) {
            return SimResponse.text(status, type + ";charset=UTF-8", "Simulated " + name + "\n");
        }
        if (type.equals("application/pem-certificate-chain") || type.equals("application/x-pem-file")) {
            return SimResponse.text(status, type, PEM);
        }
        if (type.equals("application/xml") || type.endsWith("+xml") || type.equals("application/x-apple-aspen-config")) {
            return SimResponse.text(status, type, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<plist version=\"1.0\"><dict><key>PayloadDisplayName</key><string>Simulated " + name
                    + "</string></dict></plist>\n");
        }
        if (type.startsWith("image/")) {
            return SimResponse.of(status, type.equals("image/*") ? "image/png" : type, PNG);
        }
        if (type.equals("application/pkix-cert")) {
            return SimResponse.of(status, type, DER);
        }
        return SimResponse.of(status, type.contains("*") ? "application/octet-stream" : type,
                ("simulated " + name + " contents\n").getBytes(StandardCharsets.UTF_8));
    }
}
