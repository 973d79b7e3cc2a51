package io.tendlc.brand.brands;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The brand table. Reads for the API are scoped by organization; {@code lock*} serve transitions in a transaction. */
@Component
public class Brands {

    private static final String COLUMNS = """
            b.id, b.organization_id, b.entity_type, b.display_name, b.company_name, b.ein, b.ein_issuing_country,
            b.phone, b.email, b.street, b.city, b.state, b.postal_code, b.country, b.website, b.vertical,
            b.stock_symbol, b.stock_exchange, b.alt_business_id, b.alt_business_id_type, b.first_name, b.last_name,
            b.mobile_phone, b.brand_relationship, b.tcr_brand_id, b.identity_status, b.identity_observed_at,
            b.vetting_id, b.vetting_status, b.vetting_score, b.vetting_observed_at, b.throughput_tier, b.status,
            b.status_reason, b.status_changed_at, b.sync_error, b.submitted_at, b.polled_at, b.created_at,
            b.updated_at, b.deleted_at,
            array(select s.operation from tcr_submission s where s.brand_id = b.id) as pending""";

    private final JdbcClient jdbc;

    Brands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Brand> find(UUID organizationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from brand b where b.organization_id = ? and b.id = ?")
                .params(organizationId, id).query(MAPPER).optional();
    }

    /** The organization's brands, newest first; deleted ones only when asked. */
    public List<Brand> list(UUID organizationId, boolean includeDeleted, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from brand b where b.organization_id = ?"
                        + (includeDeleted ? "" : " and b.status <> 'DELETED'")
                        + " order by b.created_at desc, b.id limit ? offset ?")
                .params(organizationId, limit, offset).query(MAPPER).list();
    }

    Optional<Brand> get(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from brand b where b.id = ?").param(id).query(MAPPER).optional();
    }

    /** The brand, locked for a transition (in the caller's transaction). */
    Optional<Brand> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from brand b where b.id = ? for update").param(id).query(MAPPER)
                .optional();
    }

    public Optional<Brand> lockByTcrId(String tcrBrandId) {
        return jdbc.sql("select " + COLUMNS + " from brand b where b.tcr_brand_id = ? for update").param(tcrBrandId)
                .query(MAPPER).optional();
    }

    /** Brands registered at TCR whose identity or vetting has been pending since before {@code cutoff}. */
    List<Brand> stalePending(Instant cutoff, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from brand b
                        where b.tcr_brand_id is not null and b.deleted_at is null
                          and (b.status = 'PENDING' or b.vetting_status = 'PENDING')
                          and greatest(b.status_changed_at, b.submitted_at, b.polled_at) < ?
                          and not exists (select 1 from tcr_submission s where s.brand_id = b.id)
                        order by greatest(b.status_changed_at, b.submitted_at, b.polled_at)
                        limit ?""")
                .params(Timestamp.from(cutoff), limit).query(MAPPER).list();
    }

    void insert(Brand b) {
        BrandDetails d = b.details();
        jdbc.sql("""
                        insert into brand (id, organization_id, entity_type, display_name, company_name, ein,
                            ein_issuing_country, phone, email, street, city, state, postal_code, country, website,
                            vertical, stock_symbol, stock_exchange, alt_business_id, alt_business_id_type, first_name,
                            last_name, mobile_phone, brand_relationship, throughput_tier, status, status_changed_at,
                            created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(b.id(), b.organizationId(), d.entityType(), d.displayName(), d.companyName(), d.ein(),
                        d.einIssuingCountry(), d.phone(), d.email(), d.street(), d.city(), d.state(), d.postalCode(),
                        d.country(), d.website(), d.vertical(), d.stockSymbol(), d.stockExchange(), d.altBusinessId(),
                        d.altBusinessIdType(), d.firstName(), d.lastName(), d.mobilePhone(), d.brandRelationship(),
                        b.throughputTier(), b.status().name(), ts(b.statusChangedAt()), ts(b.createdAt()),
                        ts(b.updatedAt()))
                .update();
    }

    void update(Brand b) {
        BrandDetails d = b.details();
        jdbc.sql("""
                        update brand set entity_type = ?, display_name = ?, company_name = ?, ein = ?,
                            ein_issuing_country = ?, phone = ?, email = ?, street = ?, city = ?, state = ?,
                            postal_code = ?, country = ?, website = ?, vertical = ?, stock_symbol = ?,
                            stock_exchange = ?, alt_business_id = ?, alt_business_id_type = ?, first_name = ?,
                            last_name = ?, mobile_phone = ?, brand_relationship = ?, tcr_brand_id = ?,
                            identity_status = ?, identity_observed_at = ?, vetting_id = ?, vetting_status = ?,
                            vetting_score = ?, vetting_observed_at = ?, throughput_tier = ?, status = ?,
                            status_reason = ?, status_changed_at = ?, sync_error = ?, submitted_at = ?,
                            polled_at = ?, updated_at = ?, deleted_at = ?
                        where id = ?""")
                .params(d.entityType(), d.displayName(), d.companyName(), d.ein(), d.einIssuingCountry(), d.phone(),
                        d.email(), d.street(), d.city(), d.state(), d.postalCode(), d.country(), d.website(),
                        d.vertical(), d.stockSymbol(), d.stockExchange(), d.altBusinessId(), d.altBusinessIdType(),
                        d.firstName(), d.lastName(), d.mobilePhone(), d.brandRelationship(), b.tcrBrandId(),
                        b.identityStatus() == null ? null : b.identityStatus().name(), ts(b.identityObservedAt()),
                        b.vettingId(), b.vettingStatus(), b.vettingScore(), ts(b.vettingObservedAt()),
                        b.throughputTier(), b.status().name(), b.statusReason(), ts(b.statusChangedAt()),
                        b.syncError(), ts(b.submittedAt()), ts(b.polledAt()), ts(b.updatedAt()), ts(b.deletedAt()),
                        b.id())
                .update();
    }

    /** Removes a brand TCR never took (its registration was refused while the caller waited). */
    void remove(UUID id) {
        jdbc.sql("delete from brand where id = ?").param(id).update();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static final RowMapper<Brand> MAPPER = (rs, i) -> {
        BrandDetails details = new BrandDetails(rs.getString("entity_type"), rs.getString("display_name"),
                rs.getString("company_name"), rs.getString("ein"), rs.getString("ein_issuing_country"),
                rs.getString("phone"), rs.getString("email"), rs.getString("street"), rs.getString("city"),
                rs.getString("state"), rs.getString("postal_code"), rs.getString("country"), rs.getString("website"),
                rs.getString("vertical"), rs.getString("stock_symbol"), rs.getString("stock_exchange"),
                rs.getString("alt_business_id"), rs.getString("alt_business_id_type"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("mobile_phone"), rs.getString("brand_relationship"));
        Array pending = rs.getArray("pending");
        List<Operation> operations = pending == null ? List.of() : Arrays.stream((Object[]) pending.getArray())
                .map(o -> Operation.valueOf(o.toString())).sorted().toList();
        return new Brand(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class), details,
                rs.getString("tcr_brand_id"),
                IdentityStatus.parse(rs.getString("identity_status")).orElse(null),
                instant(rs, "identity_observed_at"), rs.getString("vetting_id"), rs.getString("vetting_status"),
                (Integer) rs.getObject("vetting_score"), instant(rs, "vetting_observed_at"),
                rs.getString("throughput_tier"), BrandStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), instant(rs, "status_changed_at"), rs.getString("sync_error"),
                instant(rs, "submitted_at"), instant(rs, "polled_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "deleted_at"), operations);
    };
}
