package io.tendlc.notification.registry;

import io.tendlc.events.registry.BrandChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The display name of every brand (registry.brands), so a campaign's notification can say whose campaign it is. */
@Component
public class BrandNames {

    private final JdbcClient jdbc;

    BrandNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the brand's name as of {@code changedAt}; an older change than the one kept changes nothing. */
    public void remember(UUID organizationId, BrandChanged brand, Instant changedAt) {
        String name = Text.line(brand.displayName());
        if (brand.brandId() == null || name.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into brand_name (brand_id, organization_id, display_name, changed_at) values (?, ?, ?, ?)
                        on conflict (brand_id) do update set display_name = excluded.display_name,
                            changed_at = excluded.changed_at
                        where brand_name.changed_at <= excluded.changed_at
                          and brand_name.organization_id = excluded.organization_id""")
                .params(brand.brandId(), organizationId, name, Timestamp.from(changedAt))
                .update();
    }

    /** The brand's display name, if it belongs to the organization and is known. */
    Optional<String> of(UUID organizationId, UUID brandId) {
        if (brandId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select display_name from brand_name where brand_id = ? and organization_id = ?")
                .params(brandId, organizationId).query(String.class).optional();
    }
}
