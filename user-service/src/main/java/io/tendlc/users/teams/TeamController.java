package io.tendlc.users.teams;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/organizations/current/teams")
@Tag(name = "Teams", description = "Named groups of the organization's members")
class TeamController {

    private final Teams teams;

    TeamController(Teams teams) {
        this.teams = teams;
    }

    @GetMapping
    @Operation(summary = "List the organization's teams with their members")
    List<Team> list(Caller caller) {
        caller.require(Permissions.MEMBERS_READ);
        return teams.list(caller.organizationId());
    }

    @PostMapping
    @Operation(summary = "Create a team (names are unique within the organization, ignoring case)")
    ResponseEntity<Team> create(Caller caller, @Valid @RequestBody NewTeam request) {
        caller.require(Permissions.MEMBERS_MANAGE);
        Team team = teams.create(caller.organizationId(), request.name(), request.description());
        return ResponseEntity.created(URI.create("/api/v1/organizations/current/teams/" + team.id())).body(team);
    }

    @GetMapping("/{teamId}")
    @Operation(summary = "One team with its members")
    Team get(Caller caller, @PathVariable UUID teamId) {
        caller.require(Permissions.MEMBERS_READ);
        return teams.find(caller.organizationId(), teamId).orElseThrow(() -> ApiProblem.notFound("Team"));
    }

    @PatchMapping("/{teamId}")
    @Operation(summary = "Rename a team or change its description (absent fields stay; empty description clears it)")
    Team update(Caller caller, @PathVariable UUID teamId, @Valid @RequestBody TeamPatch patch) {
        caller.require(Permissions.MEMBERS_MANAGE);
        return teams.update(caller.organizationId(), teamId, patch.name(), patch.description());
    }

    @DeleteMapping("/{teamId}")
    @Operation(summary = "Delete a team (its members stay in the organization)")
    ResponseEntity<Void> delete(Caller caller, @PathVariable UUID teamId) {
        caller.require(Permissions.MEMBERS_MANAGE);
        teams.delete(caller.organizationId(), teamId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{teamId}/members/{userId}")
    @Operation(summary = "Add a member of the organization to the team (422 not-a-member for anyone else)")
    Team addMember(Caller caller, @PathVariable UUID teamId, @PathVariable UUID userId) {
        caller.require(Permissions.MEMBERS_MANAGE);
        return teams.addMember(caller.organizationId(), teamId, userId);
    }

    @DeleteMapping("/{teamId}/members/{userId}")
    @Operation(summary = "Take a member out of the team")
    ResponseEntity<Void> removeMember(Caller caller, @PathVariable UUID teamId, @PathVariable UUID userId) {
        caller.require(Permissions.MEMBERS_MANAGE);
        teams.removeMember(caller.organizationId(), teamId, userId);
        return ResponseEntity.noContent().build();
    }

    record NewTeam(@NotBlank @Size(max = 100) String name, @Size(max = 500) String description) {
    }

    record TeamPatch(
            @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
            @Size(max = 500) String description) {
    }
}
