package io.tendlc.users.members;

import io.tendlc.platform.security.Permissions.Role;
import io.tendlc.platform.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleRulesTest {

    @Test
    void onlyAnOwnerGrantsOwnerOrTouchesAnOwner() {
        assertThatCode(() -> RoleRules.checkGrant(Role.OWNER, Role.AGENT, Role.OWNER)).doesNotThrowAnyException();
        assertThatCode(() -> RoleRules.checkGrant(Role.OWNER, Role.OWNER, Role.ADMIN)).doesNotThrowAnyException();
        assertThatCode(() -> RoleRules.checkRemoval(Role.OWNER, Role.OWNER)).doesNotThrowAnyException();
        assertThat(type(() -> RoleRules.checkGrant(Role.ADMIN, Role.AGENT, Role.OWNER))).isEqualTo("owner-required");
        assertThat(type(() -> RoleRules.checkGrant(Role.ADMIN, null, Role.OWNER))).isEqualTo("owner-required");
        assertThat(type(() -> RoleRules.checkGrant(Role.ADMIN, Role.OWNER, Role.VIEWER))).isEqualTo("owner-required");
        assertThat(type(() -> RoleRules.checkRemoval(Role.ADMIN, Role.OWNER))).isEqualTo("owner-required");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void nobodyGrantsARoleAboveTheirOwn(Role actor) {
        for (Role wanted : Role.values()) {
            boolean allowed = actor.atLeast(wanted);
            if (allowed) {
                assertThatCode(() -> RoleRules.checkGrant(actor, null, wanted)).as("%s grants %s", actor, wanted)
                        .doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> RoleRules.checkGrant(actor, null, wanted)).as("%s grants %s", actor, wanted)
                        .isInstanceOf(ApiProblem.class)
                        .satisfies(e -> assertThat(((ApiProblem) e).status().value()).isEqualTo(403));
            }
        }
    }

    @Test
    void anAdminManagesAdminsAndEveryoneBelow() {
        assertThatCode(() -> RoleRules.checkGrant(Role.ADMIN, Role.ADMIN, Role.VIEWER)).doesNotThrowAnyException();
        assertThatCode(() -> RoleRules.checkGrant(Role.ADMIN, Role.VIEWER, Role.ADMIN)).doesNotThrowAnyException();
        assertThatCode(() -> RoleRules.checkRemoval(Role.ADMIN, Role.ADMIN)).doesNotThrowAnyException();
        assertThat(type(() -> RoleRules.checkRemoval(Role.MANAGER, Role.ADMIN))).isEqualTo("forbidden");
    }

    @Test
    void theLastOwnerStays() {
        assertThat(type(() -> RoleRules.checkAnOwnerRemains(Role.OWNER, Role.ADMIN, 1))).isEqualTo("last-owner");
        assertThat(type(() -> RoleRules.checkAnOwnerRemains(Role.OWNER, null, 1))).isEqualTo("last-owner");
        assertThatCode(() -> RoleRules.checkAnOwnerRemains(Role.OWNER, Role.ADMIN, 2)).doesNotThrowAnyException();
        assertThatCode(() -> RoleRules.checkAnOwnerRemains(Role.OWNER, Role.OWNER, 1)).doesNotThrowAnyException();
        assertThatCode(() -> RoleRules.checkAnOwnerRemains(Role.ADMIN, null, 0)).doesNotThrowAnyException();
    }

    @Test
    void unknownRolesAreBadRequests() {
        assertThat(RoleRules.parse("MANAGER")).isEqualTo(Role.MANAGER);
        assertThat(type(() -> RoleRules.parse("manager"))).isEqualTo("unknown-role");
        assertThat(type(() -> RoleRules.parse(null))).isEqualTo("unknown-role");
    }

    private static String type(Runnable check) {
        try {
            check.run();
        } catch (ApiProblem e) {
            return e.type();
        }
        return null;
    }
}
