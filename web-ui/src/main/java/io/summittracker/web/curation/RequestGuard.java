package io.summittracker.web.curation;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-site request forgery defences for the portal's forms, on top of the SameSite=Strict session cookie:
 * the Origin (or else Referer) header, when the browser sends one, must name this portal; and every form that
 * writes carries a token derived from the editor's session cookie (an HMAC with a server secret), which another
 * site cannot read or compute.
 */
@ApplicationScoped
public class RequestGuard {

    private final SecretKeySpec key;

    /**
     * {@code summit.web.session-secret}: set it (any long random string) when several portal replicas serve the same
     * users, so that a form rendered by one is accepted by another; unset, each start picks a random one.
     */
    RequestGuard(@ConfigProperty(name = "summit.web.session-secret") Optional<String> secret) {
        byte[] bytes;
        if (secret.isPresent() && !secret.get().isBlank()) {
            bytes = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        }
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The form token of a session (the editor's token cookie). */
    public String formToken(String sessionToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update("summit-form:".getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(sessionToken.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean validFormToken(String sessionToken, String submitted) {
        return sessionToken != null && submitted != null && MessageDigest.isEqual(
                formToken(sessionToken).getBytes(StandardCharsets.US_ASCII), submitted.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** False when the request says it comes from a page of another site (Origin, or else Referer); true when it does not say. */
    public boolean sameOrigin(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return sameSite(origin, request);
        }
        String referer = request.getHeader("Referer");
        return referer == null || sameSite(referer, request);
    }

    private static boolean sameSite(String url, HttpServerRequest request) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            return false; // "null" origins (sandboxed frames, data: URLs) and the like
        }
        HostAndPort self = request.authority();
        if (self == null) {
            return false;
        }
        int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        int theirs = uri.getPort() == -1 ? defaultPort : uri.getPort();
        int ours = self.port() <= 0 ? defaultPort : self.port();
        return stripBrackets(uri.getHost()).equalsIgnoreCase(stripBrackets(self.host())) && theirs == ours;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether the browser reached the portal over HTTPS (directly or through a proxy that says so). */
    public static boolean secure(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
