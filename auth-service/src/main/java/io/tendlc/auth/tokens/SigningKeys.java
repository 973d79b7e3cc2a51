package io.tendlc.auth.tokens;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.UUID;

/**
 * RSA signing keys, kept in the database so every replica signs with the same key and tokens survive restarts.
 * {@link #rotate()} adds a new signing key; older ones stay published until retired.
 */
@Component
public class SigningKeys {

    private final JdbcClient jdbc;

    SigningKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key that signs new tokens: the newest unretired one, created on first use. */
    @Transactional
    public RSAKey current() {
        List<RSAKey> keys = published();
        if (!keys.isEmpty()) {
            return keys.getFirst();
        }
        jdbc.sql("select pg_advisory_xact_lock(42)").query().singleValue();
        keys = published();
        return keys.isEmpty() ? rotate() : keys.getFirst();
    }

    /** Every key a valid token may carry in its {@code kid}, newest first. */
    public JWKSet jwks() {
        return new JWKSet(published().stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList());
    }

    @Transactional
    public RSAKey rotate() {
        KeyPair pair = generate();
        String kid = UUID.randomUUID().toString();
        jdbc.sql("insert into signing_key (kid, private_der, public_der) values (?, ?, ?)")
                .params(kid, pair.getPrivate().getEncoded(), pair.getPublic().getEncoded()).update();
        return rsaKey(kid, pair.getPublic().getEncoded(), pair.getPrivate().getEncoded());
    }

    private List<RSAKey> published() {
        return jdbc.sql("select kid, public_der, private_der from signing_key where retired_at is null order by created_at desc")
                .query((rs, i) -> rsaKey(rs.getString(1), rs.getBytes(2), rs.getBytes(3))).list();
    }

    private static RSAKey rsaKey(String kid, byte[] publicDer, byte[] privateDer) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPublicKey pub = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicDer));
            RSAPrivateKey priv = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateDer));
            return new RSAKey.Builder(pub).privateKey(priv).keyID(kid).build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("unreadable signing key " + kid, e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
