package nl.rugzak.platform.places;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Address search through PDOK's Locatieserver (or whatever {@code rugzak.map.geocoder-url} names), from the server:
 * the visitor's browser never talks to it, and a search that fails or times out simply finds nothing.
 */
@Service
public class AddressSearch {

    private static final Logger log = LoggerFactory.getLogger(AddressSearch.class);
    private static final Pattern POINT = Pattern.compile("POINT\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");
    public static final int MAX_QUERY = 100;

    /**
     * One address found; {@code street} is the same place said at street level ("Lindelaan, Amersfoort"), for a
     * resident who does not want their house number stored, or null when the service did not say.
     */
    public record Found(String address, String street, MapPoint point) {

        public Found(String address, MapPoint point) {
            this(address, null, point);
        }

        /** The words to keep with a point stored at street level. */
        public String streetLevelAddress() {
            return street == null ? address : street;
        }
    }

    private final MapSettings settings;
    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    AddressSearch(MapSettings settings) {
        this.settings = settings;
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(2_000);
        timeouts.setReadTimeout(4_000);
        this.http = RestClient.builder().requestFactory(timeouts).build();
    }

    /** At most five addresses matching the text, best first; none for a blank or failing search. */
    public List<Found> search(String text) {
        String query = text == null ? "" : text.strip();
        if (query.length() < 3) {
            return List.of();
        }
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        URI uri = UriComponentsBuilder.fromUriString(settings.geocoderUrl()).queryParam("q", query)
                .queryParam("fq", "type:adres").queryParam("rows", 5)
                .queryParam("fl", "weergavenaam,centroide_ll,straatnaam,woonplaatsnaam").encode().build().toUri();
        try {
            String body = http.get().uri(uri).retrieve().body(String.class);
            return body == null ? List.of() : parse(body);
        } catch (RestClientException | tools.jackson.core.JacksonException e) {
            log.warn("Address search at {} failed: {}", settings.geocoderUrl(), e.getMessage());
            return List.of();
        }
    }

    List<Found> parse(String body) {
        JsonNode docs = json.readTree(body).path("response").path("docs");
        List<Found> found = new ArrayList<>();
        for (JsonNode doc : docs) {
            String name = doc.path("weergavenaam").asString("");
            Matcher point = POINT.matcher(doc.path("centroide_ll").asString(""));
            if (!name.isBlank() && point.matches()) {
                String street = doc.path("straatnaam").asString("").strip();
                String town = doc.path("woonplaatsnaam").asString("").strip();
                found.add(new Found(name, street.isEmpty() ? null : town.isEmpty() ? street : street + ", " + town,
                        new MapPoint(Double.parseDouble(point.group(2)), Double.parseDouble(point.group(1)))));
            }
        }
        return found;
    }
}
