package nl.rugzak.platform.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.platform.content.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457) with a {@code detail} that says what was wrong,
 * never a stack trace or an HTML page.
 */
@RestControllerAdvice(assignableTypes = {ApiController.class, ApiPage.class})
class ApiProblems {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> refused(ApiProblem problem, HttpServletRequest request) {
        return answer(problem.status(), problem.getMessage(), request);
    }

    @ExceptionHandler(ApiRateLimits.TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooMany(ApiRateLimits.TooManyRequests problem, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = answer(problem.status(), problem.getMessage(), request);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header("Retry-After", String.valueOf(problem.retryAfterSeconds())).body(answer.getBody());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, "No such item here (it does not exist, is not public, or its module is "
                + "switched off at this municipality).", request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "The read API answers GET and HEAD only; "
                + request.getMethod() + " is not supported here.", request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_ACCEPTABLE, "This address answers application/json only.", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception e, HttpServletRequest request) {
        LOG.warn("API request {} failed", request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again later.",
                request);
    }

    static ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(PROBLEM).cacheControl(CacheControl.noStore()).body(problem);
    }
}
