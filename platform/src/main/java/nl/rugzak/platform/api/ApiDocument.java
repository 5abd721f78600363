package nl.rugzak.platform.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import nl.rugzak.platform.participation.ApiResource;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI 3.1 document springdoc serves at {@code /api/v1/openapi.json}, built from the resources the modules
 * declare: each resource's list, item and downloads with its allowlisted filters and sorts, the item schema from its
 * fields, and the problem every error is. The server is relative ({@code /}), so the one document is right on every
 * municipality's host.
 */
@Component
class ApiDocument implements OpenApiCustomizer {

    private static final String PROBLEM = "application/problem+json";
    private final ApiResources resources;

    ApiDocument(ApiResources resources) {
        this.resources = resources;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title("Rugzak participation API").version("1")
                        .description("Public, read-only data of this municipality's participation site: initiatives, "
                                + "policy topics, news, polls, consultations, projects, ideas, budgets and events, as "
                                + "far as the municipality has switched them on (a switched-off module answers 404). "
                                + "Lists are paged with an opaque cursor (follow links.next); filters and sorting take "
                                + "only the listed values, anything else is a 400. Every answer carries an ETag "
                                + "(send If-None-Match for a 304) and may be cached publicly for 60 seconds; the "
                                + "server itself keeps an anonymous answer for up to " + ApiAnswerCache.TTL.toSeconds()
                                + " seconds by default, so a change made elsewhere shows within that time. Requests are limited per address "
                                + "(and per token): beyond the limit the answer is 429 with Retry-After. Every "
                                + "error is application/problem+json (RFC 9457). The data is also downloadable as CSV "
                                + "and JSON under CC0, described in a DCAT-AP-NL catalogue at /api/v1/catalog.")
                        .license(new License().name("CC0-1.0 (the data)").identifier("CC0-1.0")))
                .servers(List.of(new Server().url("/").description("This municipality's own site")));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        components.addSchemas("Problem", problemSchema());
        Paths paths = openApi.getPaths() == null ? new Paths() : openApi.getPaths();
        List<Tag> tags = new ArrayList<>();
        for (var declared : resources.all()) {
            ApiResource resource = declared.resource();
            String schemaName = typeName(resource.name());
            tags.add(new Tag().name(resource.name()).description(resource.description()));
            components.addSchemas(schemaName + "Summary", itemSchema(resource.fields()));
            List<ApiResource.Field> detail = new ArrayList<>(resource.fields());
            detail.addAll(resource.detailFields());
            components.addSchemas(schemaName, itemSchema(detail));
            components.addSchemas(schemaName + "Page", pageSchema(schemaName + "Summary"));
            String base = ApiController.BASE + "/" + resource.name();
            paths.addPathItem(base, new PathItem().get(listOperation(resource, schemaName)));
            paths.addPathItem(base + "/{id}", new PathItem().get(itemOperation(resource, schemaName)));
            paths.addPathItem(ApiController.BASE + "/data/" + resource.name() + ".csv", new PathItem().get(
                    download(resource, "csv", "text/csv", "Every public item as CSV (UTF-8, RFC 4180; nested values "
                            + "left out), under CC0.", string())));
            paths.addPathItem(ApiController.BASE + "/data/" + resource.name() + ".json", new PathItem().get(
                    download(resource, "json", "application/json", "Every public item as JSON, under CC0.",
                            downloadSchema(schemaName + "Summary"))));
        }
        paths.addPathItem(ApiController.BASE + "/catalog", new PathItem().get(new Operation()
                .operationId("getCatalog").addTagsItem("open data")
                .summary("DCAT-AP-NL catalogue of the open datasets (JSON-LD)")
                .description("The datasets of this municipality in DCAT-AP-NL as JSON-LD, for harvesting by "
                        + "data.overheid.nl; each dataset links its CSV and JSON download.")
                .responses(new ApiResponses()
                        .addApiResponse("200", cached("The catalogue.", "application/ld+json", object()))
                        .addApiResponse("304", notModified())
                        .addApiResponse("400", problem("Parameters were given; the catalogue takes none.")))));
        tags.add(new Tag().name("open data").description("Downloads and their catalogue."));
        // Every address is rate-limited (per address, and per token where one is sent).
        paths.values().forEach(path -> path.readOperations().stream()
                .filter(operation -> operation.getResponses() != null).forEach(operation -> operation.getResponses()
                .addApiResponse("429", problem("Too many requests from this address or token; the Retry-After "
                        + "header says after how many seconds to try again.").addHeaderObject("Retry-After",
                        new Header().description("Seconds to wait.").schema(integer())))));
        openApi.paths(paths);
        openApi.tags(tags);
    }

    private Operation listOperation(ApiResource resource, String schemaName) {
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(query("limit", "How many items per page (1 to " + ApiQuery.MAX_LIMIT + ", default "
                + ApiQuery.DEFAULT_LIMIT + ").", integer().minimum(java.math.BigDecimal.ONE)
                .maximum(java.math.BigDecimal.valueOf(ApiQuery.MAX_LIMIT))));
        parameters.add(query("cursor", "Where the previous page ended, as given in links.next: opaque, signed and valid only for the "
                + "same list (municipality, sort and filters); anything else is a 400.", string()));
        List<Object> sorts = new ArrayList<>();
        for (String sort : resource.sorts()) {
            sorts.add(sort);
            sorts.add("-" + sort);
        }
        Schema<Object> sortSchema = string();
        sortSchema.setEnum(sorts);
        sortSchema.setDefault(resource.defaultSort());
        parameters.add(query("sort", "The order: a field, with - in front for descending; ties in id order.",
                sortSchema));
        for (String filter : resource.filters()) {
            String about = resource.fields().stream().filter(f -> f.name().equals(filter))
                    .map(ApiResource.Field::description).findFirst().orElse("");
            parameters.add(query(filter, "Only items whose " + filter + " equals this (case-insensitive). " + about,
                    string()));
        }
        return new Operation().operationId("list" + typeName(resource.name())).addTagsItem(resource.name())
                .summary("List public " + resource.name()).description(resource.description())
                .parameters(parameters)
                .responses(new ApiResponses()
                        .addApiResponse("200", cached("A page of items; links.next is there while more follow.",
                                "application/json", ref(schemaName + "Page")))
                        .addApiResponse("304", notModified())
                        .addApiResponse("400", problem("A parameter outside the allowlist, a bad limit or cursor."))
                        .addApiResponse("404", problem("The module is switched off at this municipality.")));
    }

    private Operation itemOperation(ApiResource resource, String schemaName) {
        Parameter id = new Parameter().in("path").name("id").required(true).description("The item's id.")
                .schema(integer().minimum(java.math.BigDecimal.ONE));
        return new Operation().operationId("get" + typeName(resource.name()) + "Item").addTagsItem(resource.name())
                .summary("One public item of " + resource.name()).description(resource.description())
                .parameters(List.of(id))
                .responses(new ApiResponses()
                        .addApiResponse("200", cached("The item.", "application/json", ref(schemaName)))
                        .addApiResponse("304", notModified())
                        .addApiResponse("400", problem("Parameters were given; a single item takes none."))
                        .addApiResponse("404", problem("No such public item here, or the module is switched off.")));
    }

    private Operation download(ApiResource resource, String format, String mediaType, String description,
                               Schema<?> schema) {
        return new Operation().operationId("download" + typeName(resource.name()) + typeName(format))
                .addTagsItem("open data").summary(resource.name() + " as " + format.toUpperCase(java.util.Locale.ROOT))
                .description(description)
                .responses(new ApiResponses()
                        .addApiResponse("200", cached("The dataset (Content-Disposition: attachment).", mediaType, schema))
                        .addApiResponse("304", notModified())
                        .addApiResponse("400", problem("Parameters were given; downloads take none."))
                        .addApiResponse("404", problem("The module is switched off at this municipality.")));
    }

    private static ApiResponse cached(String description, String mediaType, Schema<?> schema) {
        return new ApiResponse().description(description)
                .addHeaderObject("ETag", new Header().description("A tag of exactly this answer; send it back in "
                        + "If-None-Match.").schema(string()))
                .addHeaderObject("Cache-Control", new Header().description("public, max-age=60").schema(string()))
                .content(new Content().addMediaType(mediaType, new MediaType().schema(schema)));
    }

    private static ApiResponse notModified() {
        return new ApiResponse().description("Not modified: the If-None-Match tag is still current.");
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(ref("Problem"))));
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).required(false).description(description).schema(schema);
    }

    private static Schema<?> itemSchema(List<ApiResource.Field> fields) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (ApiResource.Field field : fields) {
            properties.put(field.name(), typed(field.type(), !field.name().equals("id")).description(field.description()));
        }
        properties.put("link", string("uri").description("The item's page on the municipality's site (absolute)."));
        properties.put("self", string("uri").description("The item's address in this API (absolute)."));
        Schema<Object> schema = object();
        schema.setProperties(properties);
        schema.setRequired(List.of("id", "link", "self"));
        return schema;
    }

    private static Schema<?> pageSchema(String itemSchema) {
        Schema<Object> links = object();
        links.setProperties(new LinkedHashMap<>(Map.of(
                "self", string("uri").description("This page."),
                "next", string("uri").description("The next page; absent on the last page."))));
        links.setRequired(List.of("self"));
        Schema<Object> items = new JsonSchema();
        items.types(Set.of("array"));
        items.setItems(ref(itemSchema));
        Schema<Object> page = object();
        page.setProperties(new LinkedHashMap<>(Map.of("items", items, "links", links)));
        page.setRequired(List.of("items", "links"));
        return page;
    }

    private static Schema<?> downloadSchema(String itemSchema) {
        Schema<Object> items = new JsonSchema();
        items.types(Set.of("array"));
        items.setItems(ref(itemSchema));
        Schema<Object> download = object();
        download.setProperties(new LinkedHashMap<>(Map.of(
                "dataset", string("uri").description("This download's address."),
                "license", string("uri").description("CC0 1.0."),
                "items", items)));
        download.setRequired(List.of("dataset", "license", "items"));
        return download;
    }

    private static Schema<?> problemSchema() {
        Schema<Object> problem = object();
        problem.description("RFC 9457 problem details.");
        problem.setProperties(new LinkedHashMap<>(Map.of(
                "type", string().description("A URI naming the kind of problem; about:blank for plain HTTP errors."),
                "title", string().description("The HTTP status's short text."),
                "status", integer().description("The HTTP status code."),
                "detail", string().description("What was wrong, for the developer."),
                "instance", string().description("The path of the request."))));
        problem.setRequired(List.of("status", "detail"));
        return problem;
    }

    private static Schema typed(ApiResource.Type type, boolean nullable) {
        Schema<Object> schema = new JsonSchema();
        String name = switch (type) {
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case STRING, DATE_TIME -> "string";
        };
        schema.types(nullable && type != ApiResource.Type.ARRAY ? new java.util.LinkedHashSet<>(List.of(name, "null"))
                : Set.of(name));
        if (type == ApiResource.Type.DATE_TIME) {
            schema.setFormat("date-time");
        }
        if (type == ApiResource.Type.ARRAY) {
            schema.setItems(new JsonSchema());
        }
        return schema;
    }

    private static Schema<Object> object() {
        Schema<Object> schema = new JsonSchema();
        schema.types(Set.of("object"));
        return schema;
    }

    private static Schema<Object> string() {
        Schema<Object> schema = new JsonSchema();
        schema.types(Set.of("string"));
        return schema;
    }

    private static Schema<Object> string(String format) {
        Schema<Object> schema = string();
        schema.setFormat(format);
        return schema;
    }

    private static Schema<Object> integer() {
        Schema<Object> schema = new JsonSchema();
        schema.types(Set.of("integer"));
        return schema;
    }

    private static Schema<Object> ref(String name) {
        Schema<Object> schema = new JsonSchema();
        schema.set$ref("#/components/schemas/" + name);
        return schema;
    }

    /** {@code budget-results} → {@code BudgetResults}. */
    static String typeName(String name) {
        StringBuilder type = new StringBuilder();
        for (String part : name.split("-")) {
            type.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return type.toString();
    }
}
