package nl.rugzak.platform.participation.consultations;

import java.time.Instant;
import java.util.List;

/**
 * One version of the document. {@code imagesLeftOut}/{@code commentsLeftOut} say what an uploaded Word file had that
 * the site did not take over (shown to staff as a notice).
 */
public record DocumentVersion(int number, String source, String origin, List<Block> blocks, int imagesLeftOut,
                              int commentsLeftOut, String createdBy, Instant createdAt) {

    public java.util.Optional<Block> block(String anchor) {
        return blocks.stream().filter(b -> b.anchor().equals(anchor)).findFirst();
    }
}
