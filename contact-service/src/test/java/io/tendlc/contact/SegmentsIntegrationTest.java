package io.tendlc.contact;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter language evaluated by PostgreSQL: counts over a small, known population. */
@PlatformIntegrationTest
class SegmentsIntegrationTest {

    static final String SEGMENTS = "/api/v1/segments";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestContacts org;
    String ada, alan, grace, linus, nobody;

    @BeforeEach
    void population() {
        org = new TestContacts(port);
        org.field("city", "TEXT");
        org.field("age", "NUMBER");
        org.field("birthday", "DATE");
        org.field("member", "BOOLEAN");
        ada = org.contact("""
                {"phone": "5125550100", "firstName": "Ada", "lastName": "Lovelace", "email": "Ada@Example.com",
                 "tags": ["vip", "math"], "customFields": {"city": "Austin", "age": 36, "birthday": "1815-12-10", "member": true}}
                """).path("id").asString();
        alan = org.contact("""
                {"phone": "2125550100", "firstName": "Alan", "lastName": "Turing", "tags": ["vip"],
                 "customFields": {"city": "London", "age": 41, "member": false}}""").path("id").asString();
        grace = org.contact("""
                {"phone": "5125550101", "firstName": "Grace", "lastName": "Hopper", "tags": ["navy"],
                 "customFields": {"city": "austin 50% off", "age": 85}}""").path("id").asString();
        linus = org.contact("{\"phone\": \"4155550100\", \"firstName\": \"Linus\", \"tags\": []}").path("id").asString();
        nobody = org.contact("{\"phone\": \"3035550100\"}").path("id").asString();
        jdbc.sql("update contact set consent_status = 'OPTED_IN' where id in (?::uuid, ?::uuid)").params(ada, alan).update();
        jdbc.sql("update contact set consent_status = 'OPTED_OUT' where id = ?::uuid").param(grace).update();
        jdbc.sql("update contact set created_at = '2025-06-15T12:00:00Z' where id = ?::uuid").param(nobody).update();
    }

    @Test
    void comparisonsOverEveryField() {
        assertThat(org.count("tag = \"vip\"")).isEqualTo(2);
        assertThat(org.count("tag != \"vip\"")).isEqualTo(3);
        assertThat(org.count("tag contains \"AV\"")).isEqualTo(1);
        assertThat(org.count("consent = \"OPTED_IN\"")).isEqualTo(2);
        assertThat(org.count("consent = \"opted_out\"")).isEqualTo(1);
        assertThat(org.count("consent != \"NONE\"")).isEqualTo(3);
        assertThat(org.count("phone = \"(512) 555-0100\"")).isEqualTo(1);
        assertThat(org.count("phone contains \"555010\"")).isEqualTo(5);
        assertThat(org.count("first_name = \"Ada\"")).isEqualTo(1);
        assertThat(org.count("first_name != \"Ada\"")).as("contacts without a first name too").isEqualTo(4);
        assertThat(org.count("first_name contains \"a\"")).isEqualTo(3);
        assertThat(org.count("last_name >= \"T\"")).isEqualTo(1);
        assertThat(org.count("email = \"ada@example.COM\"")).isEqualTo(1);
        assertThat(org.count("time_zone = \"America/Chicago\"")).isEqualTo(2);
        assertThat(org.count("created_at > \"2026-01-01\"")).isEqualTo(4);
        assertThat(org.count("created_at = \"2025-06-15\"")).isEqualTo(1);
        assertThat(org.count("created_at < \"2025-06-15T12:00:01Z\"")).isEqualTo(1);
    }

    @Test
    void customFieldsCompareByTheirType() {
        assertThat(org.count("field.city = \"Austin\"")).isEqualTo(1);
        assertThat(org.count("field.city contains \"austin\"")).isEqualTo(2);
        assertThat(org.count("field.city contains \"50%\"")).isEqualTo(1);
        assertThat(org.count("field.city contains \"%\"")).as("% is matched literally").isEqualTo(1);
        assertThat(org.count("field.age > 40")).isEqualTo(2);
        assertThat(org.count("field.age >= \"36\" and field.age < 85")).isEqualTo(2);
        assertThat(org.count("field.age != 36")).as("contacts without an age too").isEqualTo(4);
        assertThat(org.count("field.birthday < \"1900-01-01\"")).isEqualTo(1);
        assertThat(org.count("field.member = true")).isEqualTo(1);
        assertThat(org.count("field.member = false")).isEqualTo(1);
        assertThat(org.count("not field.member = true")).isEqualTo(4);
    }

    @Test
    void andOrNotAndParentheses() {
        assertThat(org.count("tag = \"vip\" and consent = \"OPTED_IN\" and (field.city = \"Austin\" or created_at > \"2026-01-01\")"))
                .isEqualTo(2);
        assertThat(org.count("tag = \"vip\" and field.city = \"Austin\" or tag = \"navy\"")).isEqualTo(2);
        assertThat(org.count("tag = \"vip\" and (field.city = \"Austin\" or tag = \"navy\")")).isEqualTo(1);
        assertThat(org.count("not (tag = \"vip\" or tag = \"navy\")")).isEqualTo(2);
        assertThat(org.count("not not tag = \"vip\"")).isEqualTo(2);
    }

    @Test
    void listsByIdOrName() {
        String list = org.list("Newsletter");
        org.post("/api/v1/lists/" + list + "/members", "{\"contactIds\": [\"" + ada + "\", \"" + linus + "\"]}");
        assertThat(org.count("list = \"" + list + "\"")).isEqualTo(2);
        assertThat(org.count("list = \"newsletter\"")).isEqualTo(2);
        assertThat(org.count("list != \"Newsletter\"")).isEqualTo(3);
        assertThat(org.count("list = \"no such list\"")).isEqualTo(0);
    }

    @Test
    void injectionAttemptsAreValuesOrErrorsAndChangeNothing() {
        long before = jdbc.sql("select count(*) from contact").query(Long.class).single();
        assertThat(org.count("first_name = \"x\\\" or 1=1 --\"")).isZero();
        assertThat(org.count("first_name = \"'); delete from contact; --\"")).isZero();
        assertThat(org.count("field.city = \"' or ''='\"")).isZero();
        for (String attack : new String[]{"first_name = \"a\" or 1=1", "first_name = \"a\"; delete from contact",
                "field.city') or true or ('x = \"a\"", "tag = \"a\" union select * from contact",
                "first_name = \"a\" /* */"}) {
            Api.Reply reply = org.post(SEGMENTS + "/count", "{\"filter\": " + TestContacts.json(attack) + "}");
            assertThat(reply.status()).as(attack).isEqualTo(400);
            assertThat(reply.text("type")).isEqualTo("https://tendlc.io/problems/invalid-filter");
            assertThat(reply.json().path("position").isInt()).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from contact").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void badFiltersAre400WithThePosition() {
        Api.Reply reply = org.post(SEGMENTS + "/count", "{\"filter\": \"tag = \\\"vip\\\" and shoe_size > 9\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("type")).isEqualTo("https://tendlc.io/problems/invalid-filter");
        assertThat(reply.json().path("position").asInt()).isEqualTo(16);
        assertThat(reply.text("detail")).contains("Unknown field 'shoe_size'");
        assertThat(org.post(SEGMENTS, "{\"name\": \"Broken\", \"filter\": \"tag =\"}").status()).isEqualTo(400);
        assertThat(org.post(SEGMENTS + "/count", "{\"filter\": \"\"}").status()).isEqualTo(400);
    }

    @Test
    void savedSegmentsListTheirContactsLive() {
        Api.Reply created = org.post(SEGMENTS, "{\"name\": \"Austin VIPs\", \"filter\": \"tag = \\\"vip\\\" and field.city = \\\"Austin\\\"\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(org.post(SEGMENTS, "{\"name\": \"austin vips\", \"filter\": \"tag = \\\"x\\\"\"}").status()).isEqualTo(409);
        assertThat(contactsOf(id)).containsExactly(ada);

        Api.Reply edited = org.patch(SEGMENTS + "/" + id, "{\"filter\": \"tag = \\\"vip\\\"\"}");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("name")).isEqualTo("Austin VIPs");
        assertThat(contactsOf(id)).containsExactlyInAnyOrder(ada, alan);
        assertThat(org.get("/api/v1/contacts?segmentId=" + id + "&q=ala").json().path("items")).hasSize(1);
        assertThat(org.patch(SEGMENTS + "/" + id, "{\"filter\": \"vip\"}").status()).isEqualTo(400);

        Api.Reply paged = org.get(SEGMENTS + "/" + id + "/contacts?limit=1");
        assertThat(paged.json().path("items")).hasSize(1);
        assertThat(paged.json().path("nextCursor").isString()).isTrue();

        assertThat(org.get(SEGMENTS).json()).hasSize(1);
        assertThat(org.get(SEGMENTS + "/" + id).text("filter")).isEqualTo("tag = \"vip\"");
        assertThat(org.delete(SEGMENTS + "/" + id).status()).isEqualTo(204);
        assertThat(org.get(SEGMENTS + "/" + id + "/contacts").status()).isEqualTo(404);
        assertThat(org.get("/api/v1/contacts?segmentId=" + id).status()).isEqualTo(404);
    }

    private Set<String> contactsOf(String segment) {
        Api.Reply reply = org.get(SEGMENTS + "/" + segment + "/contacts");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        reply.json().path("items").forEach(c -> ids.add(c.path("id").asString()));
        return ids;
    }
}
