package io.summittracker.web.curation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** Editor tokens for the tests: JWTs with the claims the portal reads (the fake catalog does not check signatures). */
final class Tokens {

    private Tokens() {
    }

    static String editor(String subject) {
        return token(subject, Instant.now().plus(Duration.ofHours(1)), "[\"editor\"]");
    }

    static String expired(String subject) {
        return token(subject, Instant.now().minus(Duration.ofDays(2)), "[\"editor\"]");
    }

    static String reader(String subject) {
        return token(subject, Instant.now().plus(Duration.ofHours(1)), "[\"reader\"]");
    }

    static String token(String subject, Instant expires, String groups) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"https://summittracker.local\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":" + groups + ",\"exp\":" + expires.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + b64.encodeToString("not-a-real-signature".getBytes(StandardCharsets.UTF_8));
    }
}
