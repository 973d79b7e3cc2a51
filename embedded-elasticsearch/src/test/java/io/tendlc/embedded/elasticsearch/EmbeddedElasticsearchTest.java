package io.tendlc.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class EmbeddedElasticsearchTest {

    record Message(String id, String body, String status) {
    }

    @Test
    void officialClientIndexesAndFindsADocument() throws IOException {
        String url = SharedElasticsearch.get().url();

        try (ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(url))) {
            assertThat(client.info().version().number()).isEqualTo("9.5.3");
            client.indices().create(c -> c.index("messages"));
            client.index(i -> i.index("messages").id("m1").document(new Message("m1", "Hello from tendlc", "DELIVERED")));
            client.indices().refresh(r -> r.index("messages"));

            SearchResponse<Message> found = client.search(s -> s.index("messages")
                    .query(q -> q.match(m -> m.field("body").query("hello"))), Message.class);

            assertThat(found.hits().hits()).singleElement()
                    .satisfies(hit -> assertThat(hit.source().status()).isEqualTo("DELIVERED"));
        }
    }

    @Test
    void rootEndpointAnswersLikeADistribution() throws Exception {
        String url = SharedElasticsearch.get().url();

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "/")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-elastic-product")).hasValue("Elasticsearch");
        assertThat(response.body()).contains("\"cluster_name\":\"tendlc\"", "You Know, for Search");
    }
}
