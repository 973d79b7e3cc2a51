package io.tendlc.analytics.summary;

import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/analytics")
class SummaryController {

    private static final List<String> STATUSES = List.of("accepted", "queued", "sending", "sent", "delivered",
            "undelivered", "failed");

    private final JdbcTemplate jdbc;

    SummaryController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of the organization's messages are in each status now, and the segments they cost. */
    @GetMapping("/summary")
    Summary summary(Caller caller) {
        caller.require(Permissions.ANALYTICS_READ);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(s -> byStatus.put(s, 0L));
        long[] segments = {0};
        jdbc.query("select status, count(*), coalesce(sum(segments), 0) from message_status where organization_id = ? group by status",
                rs -> {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                    segments[0] += rs.getLong(3);
                }, caller.organizationId());
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(total, segments[0], byStatus);
    }

    record Summary(long total, long segments, Map<String, Long> byStatus) {
    }
}
