package io.summittracker.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The local stack's own token issuer, standing in for an OIDC provider: a key pair kept in the data folder
 * (the catalog verifies tokens with its public key) and an RS256 JWT for an editor, minted at each start.
 */
final class EditorToken {

    static final String ISSUER = "https://summittracker.local";
    private static final Duration LIFETIME = Duration.ofDays(7);

    private final Path publicKey;
    private final Path tokenFile;

    private EditorToken(Path publicKey, Path tokenFile) {
        this.publicKey = publicKey;
        this.tokenFile = tokenFile;
    }

    /** Loads or creates the key pair in {@code dir} and writes a fresh editor token next to it. */
    static EditorToken prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            Path pub = dir.resolve("public-key.pem");
            Path priv = dir.resolve("private-key.pk8");
            if (!Files.exists(priv) || !Files.exists(pub)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.write(priv, pair.getPrivate().getEncoded());
                Files.writeString(pub, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
            }
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(priv)));
            Path token = dir.resolve("editor-token.txt");
            Files.writeString(token, mint(key, "editor", Instant.now()) + "\n");
            return new EditorToken(pub, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not prepare the editor token", e);
        }
    }

    static String mint(PrivateKey key, String user, Instant now) throws GeneralSecurityException {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + user + "\",\"upn\":\"" + user
                + "\",\"groups\":[\"editor\"],\"iat\":" + now.getEpochSecond() + ",\"exp\":" + now.plus(LIFETIME).getEpochSecond()
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + b64.encodeToString(rsa.sign());
    }

    Path publicKey() {
        return publicKey;
    }

    Path tokenFile() {
        return tokenFile;
    }

    String token() {
        try {
            return Files.readString(tokenFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
