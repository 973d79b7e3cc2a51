package io.tendlc.users.profiles;

import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.UserUpdated;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Users' profiles. A change publishes {@code user.updated} with the profile as it now is. */
@Component
public class Profiles {

    private final JdbcClient jdbc;
    private final EventPublisher events;

    Profiles(JdbcClient jdbc, EventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Profile> find(UUID userId) {
        return jdbc.sql("select user_id, email, name, time_zone, email_verified from user_profile where user_id = ?")
                .param(userId)
                .query((rs, i) -> new Profile(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5)))
                .optional();
    }

    public Optional<Profile> findByEmail(String email) {
        return jdbc.sql("select user_id from user_profile where lower(email) = lower(?) order by created_at limit 1")
                .param(email).query(UUID.class).optional().flatMap(this::find);
    }

    /** Records a new account's profile unless it is known already (a redelivered event changes nothing). */
    @Transactional
    public void createIfAbsent(UUID userId, String email, String name) {
        jdbc.sql("insert into user_profile (user_id, email, name) values (?, ?, ?) on conflict (user_id) do nothing")
                .params(userId, email, name == null || name.isBlank() ? localPart(email) : name.strip()).update();
    }

    /** The user proved they own {@code email}: publishes {@code user.updated} if that changes the profile. */
    @Transactional
    public void emailVerified(UUID userId, String email, String nameIfNew) {
        createIfAbsent(userId, email, nameIfNew);
        Profile before = find(userId).orElseThrow();
        if (before.emailVerified() && before.email().equals(email)) {
            return;
        }
        jdbc.sql("update user_profile set email = ?, email_verified = true, updated_at = now() where user_id = ?")
                .params(email, userId).update();
        published(find(userId).orElseThrow());
    }

    /** Changes name and/or time zone (null = unchanged); publishes {@code user.updated} if anything changed. */
    @Transactional
    public Profile update(UUID userId, String name, String timeZone) {
        Profile before = find(userId).orElseThrow(() -> ApiProblem.notFound("Profile"));
        String newName = name == null ? before.name() : name.strip();
        String newZone = timeZone == null ? before.timeZone() : timeZone;
        if (newName.equals(before.name()) && Objects.equals(newZone, before.timeZone())) {
            return before;
        }
        jdbc.sql("update user_profile set name = ?, time_zone = ?, updated_at = now() where user_id = ?")
                .params(newName, newZone, userId).update();
        return published(find(userId).orElseThrow());
    }

    private Profile published(Profile p) {
        events.publish(EventTypes.USER_UPDATED, null, p.userId().toString(),
                new UserUpdated(p.userId(), p.email(), p.name(), p.timeZone(), p.emailVerified()));
        return p;
    }

    static String localPart(String email) {
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }
}
