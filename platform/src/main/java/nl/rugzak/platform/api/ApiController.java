package nl.rugzak.platform.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.platform.participation.ApiResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The read API: lists and single items of every resource the modules declare, the open-data downloads and the
 * catalogue. One controller for all resources, so paging, the allowlist, links, ETags and problems are the same
 * everywhere; the OpenAPI document describes each resource's paths ({@link ApiDocument}), hence hidden here.
 */
@Hidden
@RestController
@RequestMapping(ApiController.BASE)
class ApiController {

    static final String BASE = "/api/v1";

    private final ApiResources resources;
    private final ApiSite site;
    private final OpenData openData;
    private final ApiCursors cursors;

    ApiController(ApiResources resources, ApiSite site, OpenData openData, ApiCursors cursors) {
        this.resources = resources;
        this.site = site;
        this.openData = openData;
        this.cursors = cursors;
    }

    @GetMapping(path = "/{name:[a-z][a-z0-9-]*}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> list(@PathVariable String name, HttpServletRequest request) {
        String base = site.baseUrl();
        ApiResource resource = resource(name);
        ApiQuery query = ApiQuery.of(resource, request.getParameterMap(), site.require().id().slug(), cursors);
        ApiQuery.Page page = query.page(resource);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", base + pathWithQuery(request, null));
        if (page.nextCursor() != null) {
            links.put("next", base + pathWithQuery(request, page.nextCursor()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(item -> linked(item, resource, base)).toList());
        body.put("links", links);
        return ApiAnswers.json(request, body, MediaType.APPLICATION_JSON);
    }

    @GetMapping(path = "/{name:[a-z][a-z0-9-]*}/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> one(@PathVariable String name, @PathVariable String id, HttpServletRequest request) {
        String base = site.baseUrl();
        ApiResource resource = resource(name);
        if (!request.getParameterMap().isEmpty()) {
            throw ApiProblem.badRequest("A single item takes no parameters.");
        }
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw ApiProblem.notFound("No " + name + " item with id '" + (id.length() > 20 ? id.substring(0, 20) + "…" : id)
                    + "'; ids are positive whole numbers.");
        }
        Map<String, Object> item = resource.find(Long.parseLong(id)).orElseThrow(() -> ApiProblem.notFound(
                "No public " + name + " item " + id + " at this municipality."));
        return ApiAnswers.json(request, linked(item, resource, base), MediaType.APPLICATION_JSON);
    }

    @GetMapping(path = "/data/{name:[a-z][a-z0-9-]*}.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String name, HttpServletRequest request) {
        String base = site.baseUrl();
        ApiResource resource = resource(name);
        noParameters(request);
        List<Map<String, Object>> items = all(resource, base);
        return ApiAnswers.bytes(request, openData.csv(resource, items), OpenData.CSV, name + ".csv");
    }

    @GetMapping(path = "/data/{name:[a-z][a-z0-9-]*}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable String name, HttpServletRequest request) {
        String base = site.baseUrl();
        ApiResource resource = resource(name);
        noParameters(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", base + BASE + "/data/" + name + ".json");
        body.put("license", OpenData.LICENCE);
        body.put("items", all(resource, base));
        var answer = ApiAnswers.json(request, body, MediaType.APPLICATION_JSON);
        return ResponseEntity.status(answer.getStatusCode()).headers(headers -> {
            headers.addAll(answer.getHeaders());
            headers.setContentDisposition(org.springframework.http.ContentDisposition.attachment()
                    .filename(name + ".json").build());
            headers.add(org.springframework.http.HttpHeaders.LINK, "<" + OpenData.LICENCE + ">; rel=\"license\"");
        }).body(answer.getBody());
    }

    @GetMapping(path = "/catalog", produces = {OpenData.JSON_LD, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> catalog(HttpServletRequest request) {
        String base = site.baseUrl();
        noParameters(request);
        return ApiAnswers.json(request, openData.catalog(site.require(), base, resources.here()),
                MediaType.parseMediaType(OpenData.JSON_LD));
    }

    /** Anything else under the API: a problem, not the site's HTML "not found" page. */
    @RequestMapping("/**")
    ResponseEntity<?> unknown(HttpServletRequest request) {
        site.require();
        throw ApiProblem.notFound("There is nothing at this address; the API's resources are listed at " + BASE + "/openapi.json.");
    }

    private ApiResource resource(String name) {
        return resources.here(name).orElseThrow(() -> ApiProblem.notFound("There is no resource '" + name
                + "' at this municipality (unknown, or its module is switched off here); see " + BASE
                + "/openapi.json."));
    }

    private List<Map<String, Object>> all(ApiResource resource, String base) {
        List<Map<String, Object>> items = new ArrayList<>(resource.list());
        items.sort(java.util.Comparator.comparingLong(item -> ((Number) item.get("id")).longValue()));
        return items.stream().map(item -> linked(item, resource, base)).toList();
    }

    /** The item with its page on the site and its address in the API, both absolute on the municipality's host. */
    private static Map<String, Object> linked(Map<String, Object> item, ApiResource resource, String base) {
        Map<String, Object> linked = new LinkedHashMap<>(item);
        // Paths on the site (the page, pictures) become absolute on the municipality's own host.
        linked.replaceAll((field, value) -> (field.equals("link") || field.endsWith("Url"))
                && value instanceof String path && path.startsWith("/") ? base + path : value);
        linked.put("self", base + BASE + "/" + resource.name() + "/" + item.get("id"));
        return linked;
    }

    private static void noParameters(HttpServletRequest request) {
        if (!request.getParameterMap().isEmpty()) {
            throw ApiProblem.badRequest("Downloads and the catalogue take no parameters; they always hold every "
                    + "public item.");
        }
    }

    private static String pathWithQuery(HttpServletRequest request, String cursor) {
        var uri = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("cursor")) {
                uri.queryParam(name, (Object[]) values);
            }
        });
        if (cursor != null) {
            uri.queryParam("cursor", cursor);
        }
        return uri.encode().build().toUriString();
    }
}
