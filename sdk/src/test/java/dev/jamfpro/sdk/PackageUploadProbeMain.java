package dev.jamfpro.sdk;

import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.PackageUpload;
import dev.jamfpro.sdk.pro.UploadedPackage;
import dev.jamfpro.sdk.pro.model.ModelPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Run by {@link PackageUploadTest} in a JVM of its own whose heap is smaller than the file: the SDK
 * client alone (the server runs in the test's JVM).
 *
 * <p>Arguments: {@code stream|buffered port file}. {@code stream} uploads with {@link PackageUpload} and
 * prints {@code UPLOAD-FIGURES key=value ...}; {@code buffered}, the control, sends the same file read
 * into memory through the generated method and is expected to die of OutOfMemoryError (run with
 * {@code -XX:+ExitOnOutOfMemoryError}: exit 3).
 */
public final class PackageUploadProbeMain {
    private PackageUploadProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]);
        try (AsyncJamfProClient client = AsyncJamfProClient.builder().server("localhost").port(port)
                .credentials(new ApiClientCredentialsProvider("probe", "probe"))
                .sessionConfig(SessionConfig.builder().scheme("http").build()).build()) {
            if (mode.equals("buffered")) {
                String id = client.proApi().postPackagesV1(new ModelPackage().packageName("control")
                        .fileName(file.getFileName().toString())).join().getId();
                byte[] bytes = Files.readAllBytes(file);
                client.proApi().postPackagesByIdUploadV1(id, MultipartBody.Part.createFormData("file",
                        file.getFileName().toString(), RequestBody.create(bytes, MediaType.get("application/octet-stream"))))
                        .join();
                System.out.println("UPLOAD-FIGURES buffered=ok");
                return;
            }
            long size = Files.size(file);
            AtomicLong calls = new AtomicLong();
            AtomicLong last = new AtomicLong(-1);
            AtomicLong backwards = new AtomicLong();
            UploadedPackage uploaded = PackageUpload.builder(file)
                    .progress((sent, total) -> {
                        calls.incrementAndGet();
                        if (sent < last.getAndSet(sent) || total != size) {
                            backwards.incrementAndGet();
                        }
                    })
                    .build().upload(client).join();
            System.out.println("UPLOAD-FIGURES id=" + uploaded.id() + " size=" + uploaded.size() + " progressCalls="
                    + calls.get() + " lastProgress=" + last.get() + " progressOutOfOrder=" + backwards.get()
                    + " verified=" + String.join(",", uploaded.verified()) + " xmxMb="
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }
}
