package nl.rugzak.platform.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The repository's publiccode.yml against the mandatory keys and value formats of the publiccode.yml standard
 * (version 0.4; the "core" schema): catalogues that index public-sector software reject a file that misses them.
 */
class PublicCodeTest {

    private static final Set<String> PLATFORMS = Set.of("web", "windows", "mac", "linux", "ios", "android");
    private static final Set<String> DEVELOPMENT_STATUSES = Set.of("concept", "development", "beta", "stable", "obsolete");
    private static final Set<String> SOFTWARE_TYPES = Set.of("standalone/mobile", "standalone/iot",
            "standalone/desktop", "standalone/web", "standalone/backend", "standalone/other", "addon", "library",
            "configurationFiles");
    private static final Set<String> MAINTENANCE_TYPES = Set.of("internal", "contract", "community", "none");
    /** The standard's controlled vocabulary of categories (the ones that fit a participation platform, and more). */
    private static final Set<String> CATEGORIES = Set.of("budgeting", "collaboration", "communications",
            "content-management", "data-collection", "digital-citizenship", "event-management",
            "feedback-and-reviews-management", "knowledge-management", "online-community", "project-collaboration",
            "project-management", "survey", "web-collaboration", "website-builder");
    private static final Set<String> SCOPES = Set.of("agriculture", "culture", "defence", "education",
            "emergency-services", "employment", "energy", "environment", "finance-and-economic-development",
            "foreign-affairs", "healthcare", "infrastructures", "justice", "local-authorities", "manufacturing",
            "research", "science-and-technology", "security", "society", "sport", "tourism", "transportation",
            "welfare");
    /** BCP 47: a primary language subtag, then optional subtags. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static Map<String, Object> file;

    @BeforeAll
    static void read() throws IOException {
        Path path = Path.of("..", "publiccode.yml");
        assertThat(path).as("publiccode.yml at the repository root").isRegularFile();
        file = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(path));
    }

    @Test
    void hasTheMandatoryTopLevelKeysWithValidValues() {
        assertThat(string(file, "publiccodeYmlVersion")).matches("0\\.(4|5|6|7)(\\.\\d+)?");
        assertThat(string(file, "name")).isEqualTo("Rugzak");
        assertThat(string(file, "url")).matches("https://\\S+");
        assertThat(list(file, "platforms")).isNotEmpty().allMatch(PLATFORMS::contains);
        assertThat(list(file, "categories")).isNotEmpty().allMatch(CATEGORIES::contains);
        assertThat(string(file, "developmentStatus")).isIn(DEVELOPMENT_STATUSES);
        assertThat(string(file, "softwareType")).isEqualTo("standalone/web").isIn(SOFTWARE_TYPES);
        if (file.containsKey("releaseDate")) {
            assertThat(string(file, "releaseDate")).matches(DATE);
            LocalDate.parse(string(file, "releaseDate"));
        }
        Map<String, Object> audience = map(file, "intendedAudience");
        assertThat(list(audience, "countries")).allMatch(country -> country.toString().matches("[a-z]{2}"));
        assertThat(list(audience, "scope")).allMatch(SCOPES::contains);
    }

    @Test
    void describesRugzakInDutchAndEnglishWithinTheLengthLimits() {
        Map<String, Object> description = map(file, "description");
        assertThat(description.keySet()).contains("nl", "en").allMatch(tag -> LANGUAGE.matcher(tag).matches());
        for (String language : description.keySet()) {
            Map<String, Object> text = map(description, language);
            assertThat(string(text, "shortDescription")).as(language).hasSizeLessThanOrEqualTo(150).doesNotContain("\n");
            assertThat(string(text, "longDescription")).as(language).hasSizeBetween(150, 10_000);
            assertThat(list(text, "features")).as(language).isNotEmpty().allMatch(f -> !f.toString().isBlank());
        }
    }

    @Test
    void statesTheLicenceMaintenanceLanguagesAndRuntimeDependencies() {
        assertThat(string(map(file, "legal"), "license")).isEqualTo("EUPL-1.2");

        Map<String, Object> maintenance = map(file, "maintenance");
        String type = string(maintenance, "type");
        assertThat(type).isIn(MAINTENANCE_TYPES);
        if (type.equals("contract")) {
            assertThat(list(maintenance, "contractors")).isNotEmpty().allSatisfy(contractor -> {
                assertThat(string(cast(contractor), "name")).isNotBlank();
                assertThat(string(cast(contractor), "until")).matches(DATE);
            });
        }
        if (type.equals("internal") || type.equals("community")) {
            assertThat(list(maintenance, "contacts")).isNotEmpty()
                    .allSatisfy(contact -> assertThat(string(cast(contact), "name")).isNotBlank());
        }

        Map<String, Object> localisation = map(file, "localisation");
        assertThat(localisation.get("localisationReady")).isInstanceOf(Boolean.class);
        assertThat(list(localisation, "availableLanguages")).containsExactlyInAnyOrder("nl", "en");

        List<Object> open = list(map(file, "dependsOn"), "open");
        assertThat(open).allSatisfy(dependency -> assertThat(string(cast(dependency), "name")).isNotBlank());
        assertThat(open).extracting(dependency -> cast(dependency).get("name") + " " + cast(dependency).get("version"))
                .contains("PostgreSQL 17", "Keycloak 26.7");
    }

    private static String string(Map<String, Object> map, String key) {
        assertThat(map).as("key %s", key).containsKey(key);
        assertThat(map.get(key)).as("%s is a string (quote dates and versions)", key).isInstanceOf(String.class);
        return (String) map.get(key);
    }

    private static List<Object> list(Map<String, Object> map, String key) {
        assertThat(map).as("key %s", key).containsKey(key);
        assertThat(map.get(key)).as("%s is a list", key).isInstanceOf(List.class);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) map.get(key);
        return list;
    }

    private static Map<String, Object> map(Map<String, Object> map, String key) {
        assertThat(map).as("section %s", key).containsKey(key);
        return cast(map.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
