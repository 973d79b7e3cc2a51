package io.tendlc.sms.inbound;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The inbound_message table; reads are scoped to one organization. */
@Component
class InboundMessages {

    private static final RowMapper<InboundMessage> ROW = (rs, i) -> new InboundMessage(rs.getObject("id", UUID.class),
            rs.getObject("organization_id", UUID.class), rs.getString("provider_sid"), rs.getString("from_number"),
            rs.getString("to_number"), rs.getString("body"), Keywords.Intent.valueOf(rs.getString("intent")),
            rs.getString("keyword"), rs.getObject("campaign_id", UUID.class), rs.getObject("brand_id", UUID.class),
            rs.getTimestamp("received_at").toInstant());

    private final JdbcClient jdbc;

    InboundMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the message unless its Twilio sid is known already (Twilio retries webhooks); true when stored. */
    /** How many HELP texts this sender sent to this number since {@code since} (the one just stored included). */
    int helpRequestsSince(String to, String from, Instant since) {
        return jdbc.sql("""
                        select count(*) from inbound_message
                        where to_number = ? and from_number = ? and intent = 'HELP' and received_at >= ?""")
                .params(to, from, Timestamp.from(since)).query(Integer.class).single();
    }

    boolean insert(InboundMessage m) {
        return jdbc.sql("""
                        insert into inbound_message (id, organization_id, provider_sid, from_number, to_number, body, intent,
                                                     keyword, campaign_id, brand_id, received_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (provider_sid) do nothing""")
                .params(m.id(), m.organizationId(), m.providerSid(), m.from(), m.to(), m.body(), m.intent().name(),
                        m.keyword(), m.campaignId(), m.brandId(), Timestamp.from(m.receivedAt()))
                .update() == 1;
    }

    List<InboundMessage> recent(UUID organizationId, int limit) {
        return jdbc.sql("select * from inbound_message where organization_id = ? order by received_at desc limit ?")
                .params(organizationId, limit).query(ROW).list();
    }
}
