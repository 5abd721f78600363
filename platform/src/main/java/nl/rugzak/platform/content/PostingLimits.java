package nl.rugzak.platform.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one resident may post at one municipality ({@code rugzak.posting.*}): at most {@code perMinute} posts
 * in any minute and {@code perDay} in any day. Comments, replies, edits and reports all count.
 */
@ConfigurationProperties("rugzak.posting")
public record PostingLimits(Integer perMinute, Integer perDay) {

    public PostingLimits {
        perMinute = perMinute == null ? 10 : perMinute;
        perDay = perDay == null ? 100 : perDay;
        if (perMinute < 1 || perDay < 1) {
            throw new IllegalArgumentException("rugzak.posting limits must be at least 1");
        }
    }

    Duration minute() {
        return Duration.ofMinutes(1);
    }

    Duration day() {
        return Duration.ofDays(1);
    }
}
