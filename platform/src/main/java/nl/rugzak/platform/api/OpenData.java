package nl.rugzak.platform.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.text.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Every API resource is also an open dataset: the full public list as CSV (UTF-8, RFC 4180) and JSON, under CC0,
 * described in a DCAT-AP-NL catalogue (JSON-LD) that data.overheid.nl can harvest. Only what the API shows goes in,
 * so no personal data: resources carry none (see {@link ApiResource}).
 */
@Component
class OpenData {

    static final String LICENCE = "http://creativecommons.org/publicdomain/zero/1.0/deed.nl";
    static final String JSON_LD = "application/ld+json";
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String LANGUAGE_NL = "http://publications.europa.eu/resource/authority/language/NLD";
    private static final String PUBLIC = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
    private static final String STATUS_AVAILABLE = "http://data.overheid.nl/status/beschikbaar";
    private static final String THEME = "http://standaarden.overheid.nl/owms/terms/Bestuur";

    /** The scalar fields of the list as columns (nested values do not fit a cell), then the page and API links. */
    byte[] csv(ApiResource resource, List<Map<String, Object>> items) {
        List<String> columns = new ArrayList<>(resource.fields().stream()
                .filter(field -> field.type() != ApiResource.Type.ARRAY && field.type() != ApiResource.Type.OBJECT)
                .map(ApiResource.Field::name).toList());
        columns.add("link");
        columns.add("self");
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
            for (Map<String, Object> item : items) {
                List<String> row = new ArrayList<>();
                for (String column : columns) {
                    Object value = item.get(column);
                    row.add(value == null ? "" : value instanceof Instant instant ? instant.toString()
                            : neutralised(String.valueOf(value)));
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Text starting with {@code = + - @} is read as a formula by spreadsheets (CSV injection, OWASP): such cells get a
     * leading apostrophe, as spreadsheets themselves do.
     */
    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")
                ? "'" + text : text;
    }

    /** The DCAT-AP-NL catalogue of this municipality's datasets. */
    Map<String, Object> catalog(Tenant tenant, String base, List<ApiResources.Declared> resources) {
        Map<String, Object> publisher = map("@type", "foaf:Organization", "foaf:name", tenant.displayName());
        Map<String, Object> contact = new LinkedHashMap<>(map("@type", "vcard:Organization",
                "vcard:fn", tenant.displayName(), "vcard:hasURL", map("@id", base + "/")));
        if (tenant.contact() != null && tenant.contact().email() != null) {
            contact.put("vcard:hasEmail", map("@id", "mailto:" + tenant.contact().email()));
        }
        List<Object> datasets = new ArrayList<>();
        for (var declared : resources) {
            ApiResource resource = declared.resource();
            datasets.add(dataset(base, resource.name(), base + ApiController.BASE + "/" + resource.name(),
                    "api.dataset." + resource.name(), publisher, contact,
                    List.of(distribution(base, resource.name(), "CSV", "text/csv"),
                            distribution(base, resource.name(), "JSON", "application/json"))));
            for (ModuleManifest.Dataset extra : declared.manifest().openData()) {
                datasets.add(dataset(base, extra.path(), base + extra.path(), extra.titleKey(), publisher, contact,
                        List.of()));
            }
        }
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", context());
        catalog.put("@id", base + ApiController.BASE + "/catalog");
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", List.of(text(Texts.DUTCH, "api.catalog.title", tenant.displayName()),
                text(Texts.ENGLISH, "api.catalog.title", tenant.displayName())));
        catalog.put("dct:description", List.of(text(Texts.DUTCH, "api.catalog.description", tenant.displayName()),
                text(Texts.ENGLISH, "api.catalog.description", tenant.displayName())));
        catalog.put("dct:publisher", publisher);
        catalog.put("dct:language", map("@id", LANGUAGE_NL));
        catalog.put("dct:license", map("@id", LICENCE));
        catalog.put("foaf:homepage", map("@id", base + "/"));
        catalog.put("dcat:dataset", datasets);
        return catalog;
    }

    private static Map<String, Object> dataset(String base, String name, String landing, String key,
                                               Map<String, Object> publisher, Map<String, Object> contact,
                                               List<Object> distributions) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", landing);
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:identifier", landing);
        dataset.put("dct:title", List.of(text(Texts.DUTCH, key + ".title"), text(Texts.ENGLISH, key + ".title")));
        dataset.put("dct:description", List.of(text(Texts.DUTCH, key + ".description"),
                text(Texts.ENGLISH, key + ".description")));
        dataset.put("dct:publisher", publisher);
        dataset.put("overheid:authority", publisher);
        dataset.put("dcat:contactPoint", contact);
        dataset.put("dct:language", map("@id", LANGUAGE_NL));
        dataset.put("dct:license", map("@id", LICENCE));
        dataset.put("dct:accessRights", map("@id", PUBLIC));
        dataset.put("overheid:datasetStatus", map("@id", STATUS_AVAILABLE));
        dataset.put("dcat:theme", map("@id", THEME));
        dataset.put("dcat:landingPage", map("@id", base + ApiController.BASE + "/"));
        dataset.put("dct:modified", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).toString()
                .substring(0, 10));
        dataset.put("dcat:distribution", distributions);
        return dataset;
    }

    private static Map<String, Object> distribution(String base, String name, String format, String mediaType) {
        String url = base + ApiController.BASE + "/data/" + name + "." + format.toLowerCase(Locale.ROOT);
        Map<String, Object> distribution = new LinkedHashMap<>();
        distribution.put("@id", url);
        distribution.put("@type", "dcat:Distribution");
        distribution.put("dct:title", name + "." + format.toLowerCase(Locale.ROOT));
        distribution.put("dcat:accessURL", map("@id", url));
        distribution.put("dcat:downloadURL", map("@id", url));
        distribution.put("dct:format", map("@id", FILE_TYPE + format));
        distribution.put("dcat:mediaType", map("@id", "https://www.iana.org/assignments/media-types/" + mediaType));
        distribution.put("dct:license", map("@id", LICENCE));
        distribution.put("dct:language", map("@id", LANGUAGE_NL));
        return distribution;
    }

    private static Map<String, Object> context() {
        return map("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/",
                "foaf", "http://xmlns.com/foaf/0.1/", "vcard", "http://www.w3.org/2006/vcard/ns#",
                "overheid", "http://standaarden.overheid.nl/owms/terms/");
    }

    private static Map<String, Object> text(Locale language, String key, Object... args) {
        return map("@language", language.getLanguage(), "@value", Texts.get(language, key, args));
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
