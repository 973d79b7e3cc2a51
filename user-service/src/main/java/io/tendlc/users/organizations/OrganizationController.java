package io.tendlc.users.organizations;

import io.tendlc.platform.security.Caller;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
class OrganizationController {

    private final JdbcClient jdbc;

    OrganizationController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller's organization and its members. */
    @GetMapping("/api/v1/organizations/current")
    Organization current(Caller caller) {
        caller.requireRead("organization:read");
        Organization org = jdbc.sql("select id, name, time_zone from organization where id = ?")
                .param(caller.organizationId())
                .query((rs, i) -> new Organization(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), List.of()))
                .optional().orElseThrow(() -> ApiProblem.notFound("Organization"));
        List<Member> members = jdbc.sql("select user_id, email, name, role from membership where organization_id = ? order by created_at")
                .param(caller.organizationId())
                .query((rs, i) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        return new Organization(org.id(), org.name(), org.timeZone(), members);
    }

    record Organization(UUID id, String name, String timeZone, List<Member> members) {
    }

    record Member(UUID userId, String email, String name, String role) {
    }
}
