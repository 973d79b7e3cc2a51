package io.tendlc.users.teams;

import io.tendlc.events.Uuids;
import io.tendlc.platform.web.ApiProblem;
import io.tendlc.users.members.Memberships;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Teams of an organization. Every query is scoped by the organization: another organization's team is not found. */
@Component
class Teams {

    private final JdbcClient jdbc;
    private final Memberships memberships;

    Teams(JdbcClient jdbc, Memberships memberships) {
        this.jdbc = jdbc;
        this.memberships = memberships;
    }

    List<Team> list(UUID organizationId) {
        List<Team> teams = jdbc.sql("""
                        select id, name, description, created_at from team where organization_id = ?
                        order by lower(name), id""")
                .param(organizationId)
                .query((rs, i) -> new Team(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), List.of()))
                .list();
        Map<UUID, List<Team.TeamMember>> members = members(organizationId);
        return teams.stream().map(t -> withMembers(t, members.getOrDefault(t.id(), List.of()))).toList();
    }

    Optional<Team> find(UUID organizationId, UUID teamId) {
        return jdbc.sql("select id, name, description, created_at from team where organization_id = ? and id = ?")
                .params(organizationId, teamId)
                .query((rs, i) -> new Team(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), List.of()))
                .optional()
                .map(t -> withMembers(t, members(organizationId).getOrDefault(teamId, List.of())));
    }

    @Transactional
    Team create(UUID organizationId, String name, String description) {
        UUID id = Uuids.timeOrdered();
        try {
            jdbc.sql("insert into team (id, organization_id, name, description) values (?, ?, ?, ?)")
                    .params(id, organizationId, name.strip(), blankToNull(description)).update();
        } catch (DuplicateKeyException e) {
            throw nameTaken(name);
        }
        return find(organizationId, id).orElseThrow();
    }

    /** Renames or re-describes the team (null = unchanged, empty description = none). */
    @Transactional
    Team update(UUID organizationId, UUID teamId, String name, String description) {
        Team team = require(organizationId, teamId);
        try {
            jdbc.sql("update team set name = ?, description = ?, updated_at = now() where organization_id = ? and id = ?")
                    .params(name == null ? team.name() : name.strip(),
                            description == null ? team.description() : blankToNull(description), organizationId, teamId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw nameTaken(name);
        }
        return find(organizationId, teamId).orElseThrow();
    }

    @Transactional
    void delete(UUID organizationId, UUID teamId) {
        if (jdbc.sql("delete from team where organization_id = ? and id = ?").params(organizationId, teamId).update() == 0) {
            throw ApiProblem.notFound("Team");
        }
    }

    /** Adds a member of the organization to the team (idempotent); 422 {@code not-a-member} for anyone else. */
    @Transactional
    Team addMember(UUID organizationId, UUID teamId, UUID userId) {
        require(organizationId, teamId);
        if (memberships.find(organizationId, userId).isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "not-a-member", "Not a member",
                    "Only members of the organization can join its teams.");
        }
        jdbc.sql("""
                        insert into team_member (team_id, organization_id, user_id) values (?, ?, ?)
                        on conflict (team_id, user_id) do nothing""")
                .params(teamId, organizationId, userId).update();
        return find(organizationId, teamId).orElseThrow();
    }

    /** Takes the user out of the team (idempotent); 404 only when the team is not the organization's. */
    @Transactional
    void removeMember(UUID organizationId, UUID teamId, UUID userId) {
        require(organizationId, teamId);
        jdbc.sql("delete from team_member where organization_id = ? and team_id = ? and user_id = ?")
                .params(organizationId, teamId, userId).update();
    }

    private Team require(UUID organizationId, UUID teamId) {
        return find(organizationId, teamId).orElseThrow(() -> ApiProblem.notFound("Team"));
    }

    /** Members of the organization's teams, by team (an organization has a handful of teams). */
    private Map<UUID, List<Team.TeamMember>> members(UUID organizationId) {
        record Row(UUID teamId, Team.TeamMember member) {
        }
        return jdbc.sql("""
                        select tm.team_id, tm.user_id, p.email, p.name, m.role, tm.added_at
                        from team_member tm
                        join membership m on m.organization_id = tm.organization_id and m.user_id = tm.user_id
                        join user_profile p on p.user_id = tm.user_id
                        where tm.organization_id = ?
                        order by tm.added_at, tm.user_id""")
                .param(organizationId)
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), new Team.TeamMember(rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())))
                .list().stream()
                .collect(Collectors.groupingBy(Row::teamId, Collectors.mapping(Row::member, Collectors.toList())));
    }

    private static Team withMembers(Team team, List<Team.TeamMember> members) {
        return new Team(team.id(), team.name(), team.description(), team.createdAt(), members);
    }

    private static ApiProblem nameTaken(String name) {
        return new ApiProblem(HttpStatus.CONFLICT, "team-name-taken", "Team name taken",
                "The organization already has a team named '" + name.strip() + "'.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
