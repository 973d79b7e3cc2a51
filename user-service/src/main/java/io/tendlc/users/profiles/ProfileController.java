package io.tendlc.users.profiles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.web.ApiProblem;
import io.tendlc.users.members.Memberships;
import io.tendlc.users.members.Memberships.OrganizationMembership;
import io.tendlc.users.organizations.IanaTimeZone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/users/me")
@Tag(name = "Profile", description = "The signed-in user's own profile and organizations")
class ProfileController {

    private final Profiles profiles;
    private final Memberships memberships;

    ProfileController(Profiles profiles, Memberships memberships) {
        this.profiles = profiles;
        this.memberships = memberships;
    }

    @GetMapping
    @Operation(summary = "The caller's profile and every organization they belong to")
    ProfileView me(Caller caller) {
        UUID userId = caller.userId();
        return view(profiles.find(userId).orElseThrow(() -> ApiProblem.notFound("Profile")));
    }

    @PatchMapping
    @Operation(summary = "Change the caller's name or time zone (absent fields stay)")
    ProfileView update(Caller caller, @Valid @RequestBody ProfilePatch patch) {
        return view(profiles.update(caller.userId(), patch.name(), patch.timeZone()));
    }

    private ProfileView view(Profile p) {
        return new ProfileView(p.userId(), p.email(), p.name(), p.timeZone(), p.emailVerified(),
                memberships.ofUser(p.userId()));
    }

    record ProfilePatch(
            @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
            @IanaTimeZone String timeZone) {
    }

    record ProfileView(UUID userId, String email, String name, String timeZone, boolean emailVerified,
                       List<OrganizationMembership> memberships) {
    }
}
