package nl.rugzak.platform.billing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.rugzak.tenantadmin.billing.BillingException;
import nl.rugzak.tenantadmin.billing.BillingWebhooks;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Stripe delivers its events: on the admin host only, outside Vaadin, without session or CSRF token (the
 * signature over the raw body is the proof; see {@link BillingWebhooks}). 2xx tells Stripe not to send the event
 * again, so only a verified, processed or deliberately ignored event gets one; a failure gets 503 and is redelivered.
 */
@RestController
public class StripeWebhookController {

    public static final String PATH = "/stripe/webhook";
    /** Stripe's events are a few kilobytes; anything near this is not Stripe. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StripeWebhookController.class);

    private final BillingWebhooks webhooks;

    StripeWebhookController(BillingWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    /**
     * The body is read here, not by Spring's {@code @RequestBody}, which would read any length into memory first: a
     * declared length over the limit is refused before a byte is read, and a body without one is read only up to
     * the limit. A refusal is flushed at once and closes the connection, so the sender need not send the rest.
     */
    @PostMapping(path = PATH)
    ResponseEntity<String> receive(HttpServletRequest request, HttpServletResponse response,
                                   @RequestHeader(name = "Stripe-Signature", required = false) String signature)
            throws IOException {
        if (TenantContext.current().isPresent()) {
            return ResponseEntity.notFound().build();
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return tooLarge(response);
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return tooLarge(response);
        }
        if (body.length == 0 || signature == null) {
            return ResponseEntity.badRequest().body("missing body or signature");
        }
        try {
            return switch (webhooks.handle(new String(body, StandardCharsets.UTF_8), signature)) {
                case PROCESSED, DUPLICATE, IGNORED -> ResponseEntity.ok("ok");
                case INVALID_SIGNATURE -> ResponseEntity.badRequest().body("invalid signature");
                case NOT_CONFIGURED -> ResponseEntity.notFound().build();
            };
        } catch (BillingException e) {
            return ResponseEntity.status(503).body("try again later");
        } catch (RuntimeException e) {
            // Not stored, so Stripe's redelivery will process it once the cause is gone.
            log.error("Could not process a Stripe webhook delivery", e);
            return ResponseEntity.internalServerError().body("try again later");
        }
    }

    private static ResponseEntity<String> tooLarge(HttpServletResponse response) throws IOException {
        log.warn("Refused a Stripe webhook request larger than {} bytes", MAX_BODY_BYTES);
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType("text/plain");
        response.getWriter().write("request too large");
        response.flushBuffer();
        return null;
    }
}
