package dev.jamfpro.sdk.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** TLS settings: system trust plus an optional PEM bundle, or (explicitly) no verification. */
public final class Tls {
    private static final Logger LOG = LoggerFactory.getLogger(Tls.class);

    private Tls() {
    }

    public static void configure(OkHttpClient.Builder builder, boolean verify, Path caCertBundle) {
        try {
            if (!verify) {
                LOG.warn("TLS verification is OFF (SessionConfig.verify(false)): any certificate is accepted");
                X509TrustManager trustAll = new TrustAll();
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {trustAll}, null);
                builder.sslSocketFactory(context.getSocketFactory(), trustAll).hostnameVerifier((host, session) -> true);
            } else if (caCertBundle != null) {
                X509TrustManager trust = withExtraCas(caCertBundle);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {trust}, null);
                builder.sslSocketFactory(context.getSocketFactory(), trust);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager withExtraCas(Path bundle) throws GeneralSecurityException {
        Collection<? extends Certificate> extra;
        try (InputStream in = Files.newInputStream(bundle)) {
            extra = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException("caCertBundle " + bundle + " is not a readable PEM certificate bundle: "
                    + e.getMessage(), e);
        }
        if (extra.isEmpty()) {
            throw new IllegalArgumentException("caCertBundle " + bundle + " holds no certificate");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        int i = 0;
        for (X509Certificate system : systemTrust().getAcceptedIssuers()) {
            store.setCertificateEntry("system-" + i++, system);
        }
        for (Certificate certificate : extra) {
            store.setCertificateEntry("bundle-" + i++, certificate);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return firstX509(factory.getTrustManagers());
    }

    private static X509TrustManager systemTrust() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        return firstX509(factory.getTrustManagers());
    }

    private static X509TrustManager firstX509(TrustManager[] managers) throws GeneralSecurityException {
        List<TrustManager> all = new ArrayList<>(List.of(managers));
        for (TrustManager manager : all) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X509TrustManager available");
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
