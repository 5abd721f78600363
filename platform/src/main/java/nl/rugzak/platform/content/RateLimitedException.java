package nl.rugzak.platform.content;

import java.time.Instant;

/** Someone posted too much in too short a time; the message says when they may try again. */
public class RateLimitedException extends ContentRejectedException {

    private final Instant retryAt;

    public RateLimitedException(Instant retryAt, String key, Object... args) {
        super(key, args);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
