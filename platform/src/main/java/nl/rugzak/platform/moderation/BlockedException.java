package nl.rugzak.platform.moderation;

import java.util.Locale;

import nl.rugzak.platform.content.ContentRejectedException;

/** The resident is blocked from posting at this municipality; the message gives the reason and the end date. */
public class BlockedException extends ContentRejectedException {

    private final transient ResidentBlock block;

    public BlockedException(ResidentBlock block) {
        super(ResidentBlocks.messageKey(block), ResidentBlocks.messageArgs(block, ResidentBlocks.DUTCH).toArray());
        this.block = block;
    }

    // The end date is written the way the reader's language writes dates.
    @Override
    public String messageIn(Locale locale) {
        return ResidentBlocks.message(block, locale);
    }
}
