package io.tendlc.auth.tokens;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/** The public half of every signing key, for gateways and services to validate tokens with. */
@RestController
@Tag(name = "Keys", description = "Public keys that verify the platform's tokens")
class JwksController {

    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping({"/.well-known/jwks.json", "/api/v1/auth/jwks"})
    @Operation(summary = "JSON Web Key Set of the token signing keys (public)")
    ResponseEntity<Map<String, Object>> jwks() {
        keys.current(); // make sure a key exists before anyone asks for it
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(keys.jwks().toJSONObject(true));
    }
}
