package io.tendlc.users.organizations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import io.tendlc.users.members.Member;
import io.tendlc.users.members.Memberships;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/organizations/current")
@Tag(name = "Organization", description = "The caller's organization: its name, time zone and settings")
class OrganizationController {

    private final Organizations organizations;
    private final Memberships memberships;

    OrganizationController(Organizations organizations, Memberships memberships) {
        this.organizations = organizations;
        this.memberships = memberships;
    }

    @GetMapping
    @Operation(summary = "The caller's organization, with its members when the caller may read them")
    OrganizationView current(Caller caller) {
        caller.require(Permissions.ORGANIZATION_READ);
        return view(caller, organizations.find(caller.organizationId())
                .orElseThrow(() -> ApiProblem.notFound("Organization")));
    }

    @PatchMapping
    @Operation(summary = "Rename the organization, change its time zone, or set and clear settings",
            description = "Absent fields stay as they are. In settings, a key with a value sets it and a key with "
                    + "null clears it. Needs organization:manage.")
    OrganizationView update(Caller caller, @Valid @RequestBody OrganizationPatch patch) {
        caller.require(Permissions.ORGANIZATION_MANAGE);
        return view(caller, organizations.update(caller.organizationId(), patch.name(), patch.timeZone(),
                patch.settings()));
    }

    private OrganizationView view(Caller caller, Organizations.Organization org) {
        List<Member> members = caller.can(Permissions.MEMBERS_READ) ? memberships.list(org.id()) : List.of();
        return new OrganizationView(org.id(), org.name(), org.timeZone(), org.settings(), org.createdAt(), members);
    }

    record OrganizationPatch(
            @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
            @IanaTimeZone String timeZone,
            Map<String, Object> settings) {
    }

    record OrganizationView(UUID id, String name, String timeZone, OrganizationSettings settings, Instant createdAt,
                            List<Member> members) {
    }
}
