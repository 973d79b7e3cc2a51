package io.tendlc.auth.apikeys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.auth.tokens.Revocations;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Keys for integrations (permission api-keys:manage)")
class ApiKeyController {

    private final ApiKeys keys;
    private final Revocations revocations;

    ApiKeyController(ApiKeys keys, Revocations revocations) {
        this.keys = keys;
        this.revocations = revocations;
    }

    /**
     * The secret is in this response and nowhere else, ever. A key gets at most what its creator may do; with no
     * scopes asked for, it gets every integration scope the creator holds.
     */
    @PostMapping
    @Operation(summary = "Create an API key; the key is shown in this response only")
    ResponseEntity<CreatedKey> create(Caller caller, @Valid @RequestBody CreateKey request) {
        caller.require(Permissions.API_KEYS_MANAGE);
        List<String> scopes = request.scopes() == null || request.scopes().isEmpty()
                ? Permissions.API_KEY_SCOPES.stream().filter(caller::can).sorted().toList()
                : request.scopes().stream().distinct().toList();
        List<String> unknown = scopes.stream().filter(s -> !Permissions.API_KEY_SCOPES.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.badRequest("unknown-scope", "Unknown scopes " + unknown + "; API keys may have: "
                    + Permissions.API_KEY_SCOPES.stream().sorted().toList());
        }
        List<String> beyond = scopes.stream().filter(s -> !caller.can(s)).toList();
        if (!beyond.isEmpty()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "A key cannot do more than its creator; your role does not grant " + beyond + ".",
                    Map.of("scopes", beyond));
        }
        ApiKeys.Created created = keys.create(caller.organizationId(), request.name().trim(), scopes, caller.subject());
        ApiKeys.ApiKey key = created.key();
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + key.id()))
                .body(new CreatedKey(key.id(), key.name(), key.prefix(), key.scopes(), key.createdAt(), created.secret()));
    }

    @GetMapping
    @Operation(summary = "The organization's API keys (never their secrets)")
    List<ApiKeys.ApiKey> list(Caller caller) {
        caller.require(Permissions.API_KEYS_MANAGE);
        return keys.list(caller.organizationId());
    }

    /** Takes effect at once: the gateway refuses tokens already exchanged for this key. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key, at once")
    void revoke(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.API_KEYS_MANAGE);
        if (!keys.revoke(caller.organizationId(), id) && !keys.exists(caller.organizationId(), id)) {
            throw ApiProblem.notFound("API key " + id);
        }
        revocations.subject(caller.organizationId(), "apikey:" + id);
    }

    record CreateKey(@NotBlank @Size(max = 100) String name, @Size(max = 50) List<@NotBlank String> scopes) {
    }

    record CreatedKey(UUID id, String name, String prefix, List<String> scopes, Instant createdAt, String key) {
    }

}
