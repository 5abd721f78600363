package nl.rugzak.platform.billing;

import java.nio.charset.StandardCharsets;

import nl.rugzak.tenantadmin.billing.BillingException;
import nl.rugzak.tenantadmin.billing.BillingWebhooks;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    @PostMapping(path = PATH)
    ResponseEntity<String> receive(@RequestBody(required = false) byte[] body,
                                   @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        if (TenantContext.current().isPresent()) {
            return ResponseEntity.notFound().build();
        }
        if (body == null || signature == null) {
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
}
