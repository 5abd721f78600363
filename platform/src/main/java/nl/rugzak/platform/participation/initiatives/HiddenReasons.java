package nl.rugzak.platform.participation.initiatives;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.Moderation;
import org.springframework.stereotype.Component;

/** Why moderators hid an initiative, for its owner and for staff. */
@Component
class HiddenReasons {

    private final Moderation moderation;

    HiddenReasons(Moderation moderation) {
        this.moderation = moderation;
    }

    String reasonFor(long initiativeId) {
        return moderation.reasonShownToAuthor(new ContentRef(InitiativesModule.ID, initiativeId)).orElse(null);
    }
}
