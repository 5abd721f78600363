package nl.rugzak.platform.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.platform.participation.ApiResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The API's own page at {@code /api/v1/}: what there is, with links to the OpenAPI document, every list, the
 * downloads and the catalogue. Plain HTML from this server, no script and nothing from a CDN (the API's CSP allows
 * neither); for trying requests, any OpenAPI tool can load the document. In English, like the document.
 */
@Hidden
@RestController
class ApiPage {

    private final ApiResources resources;
    private final ApiSite site;

    ApiPage(ApiResources resources, ApiSite site) {
        this.resources = resources;
        this.site = site;
    }

    @GetMapping(path = {ApiController.BASE, ApiController.BASE + "/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<byte[]> page(HttpServletRequest request) {
        String name = HtmlUtils.htmlEscape(site.require().displayName());
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Participation API – %1$s</title></head>
                <body><main>
                <h1>Participation API of %1$s</h1>
                <p>Public, read-only data of this participation site, as JSON. The full description is the
                <a href="%2$s/openapi.json">OpenAPI 3.1 document</a>; load it in any OpenAPI tool to try requests.</p>
                <ul>
                <li>Lists are paged: follow <code>links.next</code>; <code>limit</code> takes 1 to %3$d.</li>
                <li>Filters and <code>sort</code> take only the values listed below; anything else answers
                <code>400</code> with an <code>application/problem+json</code> body saying why.</li>
                <li>Answers carry an <code>ETag</code>; send it back in <code>If-None-Match</code> for a
                <code>304</code>. They may be cached publicly for 60 seconds; the server itself keeps an answer for
                up to %4$d seconds, so a change shows within that time.</li>
                <li>Requests are limited per address (and per token); beyond the limit the answer is <code>429</code>
                with a <code>Retry-After</code> header.</li>
                <li>Browsers on other sites may call the API only from the origins the municipality lists.</li>
                <li>Open data: every list is also a download (CSV and JSON) under
                <a href="https://creativecommons.org/publicdomain/zero/1.0/deed.en">CC0 1.0</a>, described in the
                <a href="%2$s/catalog">DCAT-AP-NL catalogue</a>.</li>
                </ul>
                <h2>Resources</h2>
                """.formatted(name, ApiController.BASE, ApiQuery.MAX_LIMIT, ApiAnswerCache.TTL.toSeconds()));
        var here = resources.here();
        if (here.isEmpty()) {
            html.append("<p>This municipality has no participation modules switched on.</p>\n");
        }
        for (var declared : here) {
            ApiResource resource = declared.resource();
            String path = ApiController.BASE + "/" + resource.name();
            html.append("<h3><a href=\"").append(path).append("\"><code>").append(path).append("</code></a></h3>\n")
                    .append("<p>").append(HtmlUtils.htmlEscape(resource.description())).append("</p>\n<ul>\n")
                    .append("<li>Filters: ").append(codes(resource.filters())).append("</li>\n")
                    .append("<li>Sort: ").append(codes(resource.sorts())).append(" (default <code>")
                    .append(HtmlUtils.htmlEscape(resource.defaultSort())).append("</code>)</li>\n")
                    .append("<li>One item: <code>").append(path).append("/{id}</code></li>\n")
                    .append("<li>Download: <a href=\"").append(ApiController.BASE).append("/data/")
                    .append(resource.name()).append(".csv\">CSV</a>, <a href=\"").append(ApiController.BASE)
                    .append("/data/").append(resource.name()).append(".json\">JSON</a></li>\n</ul>\n");
        }
        html.append("</main></body></html>\n");
        return ApiAnswers.bytes(request, ApiAnswers.utf8(html.toString()),
                new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8), null);
    }

    private static String codes(java.util.List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names.stream()
                .map(n -> "<code>" + HtmlUtils.htmlEscape(n) + "</code>").toList());
    }
}
