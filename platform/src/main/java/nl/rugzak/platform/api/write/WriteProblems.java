package nl.rugzak.platform.api.write;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.content.InvalidFieldsException;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.RateLimitedException;
import nl.rugzak.platform.moderation.BlockedException;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The services' refusals, as the write API answers them: {@code application/problem+json} (RFC 9457) with the same
 * words the page shows, in English. The rule for the status:
 * <ul>
 *   <li>422: the input itself is wrong (a field problem: no option chosen, too long, too many people);</li>
 *   <li>409: the input is fine but the item's state refuses it (voted already, poll closed, event full, site
 *       read-only);</li>
 *   <li>403: this resident may not (blocked from posting, not eligible);</li>
 *   <li>429: too much in too short a time, with {@code Retry-After};</li>
 *   <li>400: the request cannot be read (no JSON, wrong types); 404: no such public item here.</li>
 * </ul>
 * The service refused before changing anything (its transaction rolled back), so a refusal leaves no trace.
 */
@RestControllerAdvice(annotations = ResidentWrite.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WriteProblems {

    private static final Logger LOG = LoggerFactory.getLogger(WriteProblems.class);
    /** The key of a problem with the whole step rather than with one field (see InvalidFieldsException's users). */
    private static final Set<String> WHOLE_STEP = Set.of("form");

    private final Clock clock;

    WriteProblems(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidFieldsException e, HttpServletRequest request) {
        Map<String, String> problems = e.problemsIn(Locale.ENGLISH);
        boolean stateRefuses = WHOLE_STEP.containsAll(problems.keySet());
        ResponseEntity<ProblemDetail> answer = answer(stateRefuses ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_CONTENT, e.messageIn(Locale.ENGLISH), request);
        if (!stateRefuses) {
            answer.getBody().setProperty("errors", problems);
        }
        return answer;
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> tooMuch(RateLimitedException e, HttpServletRequest request) {
        long seconds = Math.max(1, Duration.between(clock.instant(), e.retryAt()).toSeconds() + 1);
        ResponseEntity<ProblemDetail> answer = answer(HttpStatus.TOO_MANY_REQUESTS, e.messageIn(Locale.ENGLISH), request);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).body(answer.getBody());
    }

    @ExceptionHandler(BlockedException.class)
    ResponseEntity<ProblemDetail> blocked(BlockedException e, HttpServletRequest request) {
        return answer(HttpStatus.FORBIDDEN, e.messageIn(Locale.ENGLISH), request);
    }

    @ExceptionHandler(ContentRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ContentRejectedException e, HttpServletRequest request) {
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, e.messageIn(Locale.ENGLISH), request);
    }

    @ExceptionHandler(TenantWriteGuard.ReadOnlyException.class)
    ResponseEntity<ProblemDetail> readOnly(TenantWriteGuard.ReadOnlyException e, HttpServletRequest request) {
        return answer(HttpStatus.CONFLICT, e.messageIn(Locale.ENGLISH), request);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException e, HttpServletRequest request) {
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, e.messageIn(Locale.ENGLISH), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(HttpStatus.FORBIDDEN, "This resident may not do this here.", request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, "No such item here (it does not exist, is not public, or its module is "
                + "switched off at this municipality).", request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badId(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, "No such item here; ids are positive whole numbers.", request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "The request body is not the JSON object this endpoint takes; see "
                + "/api/v1/openapi.json.", request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json.", request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, request.getMethod() + " is not supported here; see "
                + "/api/v1/openapi.json.", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception e, HttpServletRequest request) {
        LOG.warn("API write {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed. "
                + "Please try again later.", request);
    }

    static ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).body(problem);
    }
}
