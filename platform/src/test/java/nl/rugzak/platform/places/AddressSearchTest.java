package nl.rugzak.platform.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Address search against a local stand-in for PDOK's Locatieserver: never the internet. */
class AddressSearchTest {

    static final String ANSWER = """
            {"response":{"numFound":2,"start":0,"maxScore":9.1,"docs":[
              {"weergavenaam":"Lindelaan 12, 3811AB Amersfoort","centroide_ll":"POINT(5.38364 52.15918)","type":"adres",
               "straatnaam":"Lindelaan","woonplaatsnaam":"Amersfoort"},
              {"weergavenaam":"Zonder punt 1, Amersfoort","type":"adres"},
              {"weergavenaam":"Lindelaan 14, 3811AB Amersfoort","centroide_ll":"POINT(5.38401 52.15930)","type":"adres"}]}}""";

    HttpServer stub;
    final List<String> asked = new CopyOnWriteArrayList<>();
    volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/locatieserver/free", exchange -> {
            asked.add(exchange.getRequestURI().getRawQuery());
            byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
    }

    @AfterEach
    void stop() {
        stub.stop(0);
    }

    AddressSearch search() {
        String base = "http://127.0.0.1:" + stub.getAddress().getPort();
        return new AddressSearch(new MapSettings(base + "/tiles/{z}/{x}/{y}.png", base + "/locatieserver/free", ""));
    }

    @Test
    void findsAddressesWithTheirPointAndSkipsOnesWithout() {
        List<AddressSearch.Found> found = search().search("Lindelaan 12 Amersfoort");

        assertThat(found).containsExactly(
                new AddressSearch.Found("Lindelaan 12, 3811AB Amersfoort", "Lindelaan, Amersfoort",
                        new MapPoint(52.15918, 5.38364)),
                new AddressSearch.Found("Lindelaan 14, 3811AB Amersfoort", new MapPoint(52.15930, 5.38401)));
        assertThat(asked).singleElement().satisfies(query -> assertThat(query)
                .contains("q=Lindelaan%2012%20Amersfoort").contains("fq=type:adres").contains("rows=5"));
    }

    @Test
    void aFoundAddressCanBeSaidAtStreetLevelWithoutTheHouseNumber() {
        List<AddressSearch.Found> found = search().search("Lindelaan 12 Amersfoort");

        assertThat(found.get(0).streetLevelAddress()).isEqualTo("Lindelaan, Amersfoort");
        // Without a street in the answer, the address is all there is to say.
        assertThat(found.get(1).streetLevelAddress()).isEqualTo("Lindelaan 14, 3811AB Amersfoort");
        assertThat(asked).singleElement().satisfies(query -> assertThat(query).contains("straatnaam"));
    }

    @Test
    void aShortQueryAsksNothingAndAFailingServiceFindsNothing() {
        assertThat(search().search(" ab ")).isEmpty();
        assertThat(asked).isEmpty();

        status = 503;
        assertThat(search().search("Lindelaan")).isEmpty();
        stub.stop(0);
        assertThat(search().search("Lindelaan")).isEmpty();
    }
}
