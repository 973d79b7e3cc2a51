package io.tendlc.auth.apikeys;

import io.tendlc.platform.security.Caller;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeyController {

    private static final Set<String> MANAGERS = Set.of("OWNER", "ADMIN", "MANAGER");

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    /** The secret is in this response and nowhere else, ever. */
    @PostMapping
    ResponseEntity<CreatedKey> create(Caller caller, @Valid @RequestBody CreateKey request) {
        requireManager(caller);
        List<String> scopes = request.scopes() == null || request.scopes().isEmpty() ? ApiKeys.ALL_SCOPES : request.scopes();
        List<String> unknown = scopes.stream().filter(s -> !ApiKeys.ALL_SCOPES.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.badRequest("unknown-scope", "Unknown scopes " + unknown + "; known: " + ApiKeys.ALL_SCOPES);
        }
        ApiKeys.Created created = keys.create(caller.organizationId(), request.name(), scopes, caller.subject());
        ApiKeys.ApiKey key = created.key();
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + key.id()))
                .body(new CreatedKey(key.id(), created.secret(), key.prefix(), key.name(), key.scopes(), key.createdAt()));
    }

    @GetMapping
    List<ApiKeys.ApiKey> list(Caller caller) {
        return keys.list(caller.organizationId());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Caller caller, @PathVariable UUID id) {
        requireManager(caller);
        if (!keys.revoke(caller.organizationId(), id) && !keys.exists(caller.organizationId(), id)) {
            throw ApiProblem.notFound("API key " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private static void requireManager(Caller caller) {
        if (caller.isApiKey() || caller.roles().stream().noneMatch(MANAGERS::contains)) {
            throw new AccessDeniedException("only owners, admins and managers manage API keys");
        }
    }

    record CreateKey(@NotBlank @Size(max = 100) String name, List<@NotBlank String> scopes) {
    }

    record CreatedKey(UUID id, String key, String prefix, String name, List<String> scopes, Instant createdAt) {
    }
}
