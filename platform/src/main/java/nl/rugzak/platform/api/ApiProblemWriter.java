package nl.rugzak.platform.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/** A problem written by a filter (before any controller), e.g. a method or an origin the API does not take. */
final class ApiProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblemWriter() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setHeader("Cache-Control", "no-store");
        if (status == 405) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
        }
        response.getOutputStream().write(json(status, detail));
    }

    static byte[] json(int status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        HttpStatus known = HttpStatus.resolve(status);
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        return JSON.writeValueAsBytes(problem);
    }
}
