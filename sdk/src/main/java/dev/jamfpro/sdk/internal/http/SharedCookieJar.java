package dev.jamfpro.sdk.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * One in-memory cookie jar for token and API calls alike, so Jamf Cloud's load-balancer cookie
 * ({@code APBALANCEID}, {@code jpro-ingress}) pins every call of a client to one node. Can be
 * preloaded from a Netscape cookie file. Cookie values are never logged.
 */
public final class SharedCookieJar implements CookieJar {
    private final List<Cookie> cookies = new ArrayList<>();
    private final Clock clock;

    /** @param clock decides which cookies have expired */
    public SharedCookieJar(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
        for (Cookie cookie : received) {
            cookies.removeIf(c -> c.name().equals(cookie.name()) && c.domain().equals(cookie.domain())
                    && c.path().equals(cookie.path()));
            cookies.add(cookie);
        }
    }

    @Override
    public synchronized List<Cookie> loadForRequest(HttpUrl url) {
        long now = clock.millis();
        cookies.removeIf(c -> c.expiresAt() < now);
        List<Cookie> matching = new ArrayList<>();
        for (Cookie cookie : cookies) {
            if (cookie.matches(url)) {
                matching.add(cookie);
            }
        }
        return matching;
    }

    /** The names of the cookies held (values are secret-like and not exposed). */
    public synchronized List<String> names() {
        return cookies.stream().map(Cookie::name).toList();
    }

    /**
     * Loads a Netscape cookie file (curl's {@code -c} format: domain, include-subdomains, path,
     * secure, expiry, name, value, tab-separated; {@code #HttpOnly_} prefixed lines included).
     *
     * @throws IllegalArgumentException naming the line that is malformed
     */
    public synchronized void load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cookie file " + file, e);
        }
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw;
            boolean httpOnly = false;
            if (line.startsWith("#HttpOnly_")) {
                line = line.substring("#HttpOnly_".length());
                httpOnly = true;
            } else if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException("cookie file " + file + " line " + number
                        + ": expected 7 tab-separated fields, got " + f.length);
            }
            String domain = f[0].startsWith(".") ? f[0].substring(1) : f[0];
            Cookie.Builder builder = new Cookie.Builder().name(f[5]).value(f[6]).path(f[2].isEmpty() ? "/" : f[2]);
            builder = "TRUE".equalsIgnoreCase(f[1]) ? builder.domain(domain) : builder.hostOnlyDomain(domain);
            if ("TRUE".equalsIgnoreCase(f[3])) {
                builder.secure();
            }
            if (httpOnly) {
                builder.httpOnly();
            }
            try {
                long expiry = Long.parseLong(f[4].trim());
                if (expiry > 0) {
                    builder.expiresAt(expiry * 1000);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cookie file " + file + " line " + number
                        + ": expiry is not a number: " + f[4]);
            }
            Cookie cookie = builder.build();
            cookies.removeIf(c -> c.name().equals(cookie.name()) && c.domain().equals(cookie.domain())
                    && c.path().equals(cookie.path()));
            cookies.add(cookie);
        }
    }
}
