package io.tendlc.auth.tokens;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * RSA signing keys, kept in the database so every replica signs with the same key and tokens survive restarts.
 * A key is published (JWKS) from its creation, signs from {@code active_from} until a newer key becomes active,
 * and is retired (unpublished, private half erased) once every token it signed has expired. Replicas read the
 * keys at most every {@link #CACHE} so a key scheduled {@code signing-key-publish-ahead} in advance is known
 * everywhere before it signs.
 */
@Component
public class SigningKeys {

    private static final Duration CACHE = Duration.ofSeconds(30);
    /** However many unknown {@code kid}s arrive, the keys are re-read at most this often. */
    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(5);
    private static final long LOCK = 42;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private volatile Snapshot snapshot;

    SigningKeys(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The key that signs new tokens: the newest active one, created on first use. */
    public RSAKey current() {
        Instant now = Instant.now();
        return snapshot(now).signingKey(now).orElseGet(() -> {
            tx.executeWithoutResult(s -> {
                lock();
                if (jdbc.sql("select count(*) from signing_key where retired_at is null and active_from <= now()")
                        .query(Long.class).single() == 0) {
                    insert(now);
                }
            });
            snapshot = null;
            return snapshot(Instant.now()).signingKey(Instant.now()).orElseThrow();
        });
    }

    /** Every key a valid token may carry in its {@code kid} (and keys about to sign), newest first; public halves. */
    public JWKSet jwks() {
        return new JWKSet(snapshot(Instant.now()).keys().stream().map(k -> (JWK) k.key().toPublicJWK()).toList());
    }

    /**
     * The keys re-read unless they were just read: for a token whose {@code kid} is unknown here because another
     * replica has just rotated.
     */
    public JWKSet jwksReloaded() {
        Snapshot s = snapshot;
        if (s != null && s.loadedAt().plus(RELOAD_AT_MOST_EVERY).isBefore(Instant.now())) {
            snapshot = null;
        }
        return jwks();
    }

    /** A new key that signs from now on (tests, and an operator's emergency rotation). */
    public RSAKey rotate() {
        RSAKey key = tx.execute(s -> {
            lock();
            return insert(Instant.now());
        });
        snapshot = null;
        return key;
    }

    /**
     * Schedules a new key (signing {@code publishAhead} from now) when the newest one has signed for {@code period};
     * replicas race harmlessly: the advisory lock lets one of them do it.
     */
    public boolean rotateIfDue(Duration period, Duration publishAhead) {
        Boolean rotated = tx.execute(s -> {
            lock();
            Optional<Timestamp> newest = jdbc.sql("select max(active_from) from signing_key where retired_at is null")
                    .query(Timestamp.class).optional();
            Instant now = Instant.now();
            if (newest.isPresent() && newest.get().toInstant().isAfter(now.minus(period))) {
                return false;
            }
            insert(newest.isPresent() ? now.plus(publishAhead) : now);
            return true;
        });
        snapshot = null;
        return Boolean.TRUE.equals(rotated);
    }

    /**
     * Retires every key that stopped signing before {@code cutoff} (a newer key was active by then): with cutoff =
     * now minus the longest token life, no unexpired token carries its {@code kid}.
     */
    public int retireStoppedBefore(Instant cutoff) {
        Integer retired = tx.execute(s -> jdbc.sql("""
                        update signing_key k set retired_at = now(), private_der = null
                        where k.retired_at is null and exists (select 1 from signing_key n
                            where n.retired_at is null and n.active_from > k.active_from and n.active_from <= ?)""")
                .param(Timestamp.from(cutoff)).update());
        snapshot = null;
        return retired == null ? 0 : retired;
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
    }

    private RSAKey insert(Instant activeFrom) {
        KeyPair pair = generate();
        String kid = UUID.randomUUID().toString();
        jdbc.sql("insert into signing_key (kid, private_der, public_der, active_from) values (?, ?, ?, ?)")
                .params(kid, pair.getPrivate().getEncoded(), pair.getPublic().getEncoded(), Timestamp.from(activeFrom))
                .update();
        return rsaKey(kid, pair.getPublic().getEncoded(), pair.getPrivate().getEncoded());
    }

    private Snapshot snapshot(Instant now) {
        Snapshot s = snapshot;
        if (s == null || s.loadedAt().plus(CACHE).isBefore(now)) {
            List<StoredKey> keys = jdbc.sql("""
                            select kid, public_der, private_der, active_from from signing_key
                            where retired_at is null order by active_from desc""")
                    .query((rs, i) -> new StoredKey(rsaKey(rs.getString(1), rs.getBytes(2), rs.getBytes(3)),
                            rs.getTimestamp(4).toInstant()))
                    .list();
            s = new Snapshot(keys, now);
            snapshot = s;
        }
        return s;
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

    private record StoredKey(RSAKey key, Instant activeFrom) {
    }

    private record Snapshot(List<StoredKey> keys, Instant loadedAt) {
        Optional<RSAKey> signingKey(Instant now) {
            return keys.stream().filter(k -> !k.activeFrom().isAfter(now)).map(StoredKey::key).findFirst();
        }
    }
}
