package io.tendlc.contact;

import io.tendlc.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search and paging predicates are answered from the V2 indexes in an organization of 20,000 contacts: the plan
 * reads the prefix indexes (a BitmapOr of key ranges) and the paging index (no sort). (Not a timing: a plan that could not use an index would still show a Seq Scan.)
 */
@PlatformIntegrationTest
class SearchIndexTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void prefixSearchAndKeysetPagingUseIndexes() {
        UUID org = UUID.randomUUID();
        // an organization big enough that its id alone is not selective, as in production
        jdbc.sql("""
                insert into contact (id, organization_id, phone, first_name, last_name, email)
                select gen_random_uuid(), ?, '+1' || (2000000000 + i), md5(i::text), md5((i * 7)::text),
                       md5((i * 13)::text) || '@example.com'
                from generate_series(1, 20000) i""").param(org).update();
        jdbc.sql("analyze contact").update();
        assertThat(plan("""
                select c.id from contact c where c.organization_id = ?
                  and ((c.phone collate "C" >= '+1512' and c.phone collate "C" < '+1513')
                    or (lower(c.first_name) collate "C" >= 'ada' and lower(c.first_name) collate "C" < 'adb')
                    or (lower(c.last_name) collate "C" >= 'ada' and lower(c.last_name) collate "C" < 'adb')
                    or (lower(c.email) collate "C" >= 'ada' and lower(c.email) collate "C" < 'adb'))""", org))
                .doesNotContain("Seq Scan").contains("contact_org_phone_prefix").contains("contact_org_first_name_prefix")
                .contains("contact_org_last_name_prefix").contains("contact_org_email_prefix");
        assertThat(plan("""
                select c.id from contact c where c.organization_id = ?
                  and (c.created_at, c.id) < ('2026-01-01T00:00:00Z', '00000000-0000-0000-0000-000000000000')
                order by c.created_at desc, c.id desc limit 50""", org))
                .doesNotContain("Seq Scan").doesNotContain("Sort").contains("contact_org_page");
    }

    private String plan(String sql, UUID org) {
        return tx.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            List<String> lines = jdbc.sql("explain " + sql).param(org).query(String.class).list();
            return String.join("\n", lines);
        });
    }
}
