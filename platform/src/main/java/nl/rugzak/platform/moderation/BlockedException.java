package nl.rugzak.platform.moderation;

import nl.rugzak.platform.content.ContentRejectedException;

/** The resident is blocked from posting at this municipality; the message gives the reason and the end date. */
public class BlockedException extends ContentRejectedException {

    public BlockedException(String key, Object... args) {
        super(key, args);
    }
}
