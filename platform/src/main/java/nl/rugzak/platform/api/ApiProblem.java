package nl.rugzak.platform.api;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with what a developer needs to fix it; answered as {@code application/problem+json}
 * (RFC 9457) by {@link ApiProblems}.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;

    public ApiProblem(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, detail);
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, detail);
    }
}
