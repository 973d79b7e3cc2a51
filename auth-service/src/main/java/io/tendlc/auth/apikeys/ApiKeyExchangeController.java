package io.tendlc.auth.apikeys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.auth.tokens.TokenIssuer;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inside the cluster only (the gateway has no route here): the gateway swaps an API key for a short-lived
 * access token, so services only ever see JWTs.
 */
@RestController
@Tag(name = "Internal", description = "Service-to-service calls; never routed by the gateway")
class ApiKeyExchangeController {

    private final ApiKeys keys;
    private final TokenIssuer tokens;

    ApiKeyExchangeController(ApiKeys keys, TokenIssuer tokens) {
        this.keys = keys;
        this.tokens = tokens;
    }

    @PostMapping("/internal/api-keys/exchange")
    @Operation(summary = "Swap an API key for a short-lived access token (the gateway's call)")
    ExchangeResponse exchange(@Valid @RequestBody ExchangeRequest request) {
        ApiKeys.ApiKey key = keys.authenticate(request.key()).orElseThrow(() -> new ApiProblem(HttpStatus.UNAUTHORIZED,
                "invalid-api-key", "Invalid API key", "The API key is unknown or revoked."));
        TokenIssuer.IssuedToken token = tokens.forApiKey(key.id(), key.organizationId(), key.scopes());
        return new ExchangeResponse(token.value(), token.expiresInSeconds());
    }

    record ExchangeRequest(@NotBlank String key) {
    }

    record ExchangeResponse(String accessToken, long expiresIn) {
    }
}
