package nl.rugzak.platform.participation.consultations;

import nl.rugzak.tenantadmin.text.UserText;

/**
 * What a resident writes: on the whole document ({@code anchor} null) or on one block, optionally with a proposed
 * new wording. {@code fullName} and {@code address} are asked only for formal views (zienswijzen).
 */
public record ReactionDraft(String anchor, String body, String proposedText, String fullName, String address) {

    // Typed text by the one rule (control, bidi and invisible characters), before any check reads it.
    public ReactionDraft {
        body = UserText.lines(body);
        proposedText = UserText.lines(proposedText);
        fullName = UserText.line(fullName);
        address = UserText.line(address);
    }


    public static ReactionDraft open(String anchor, String body, String proposedText) {
        return new ReactionDraft(anchor, body, proposedText, null, null);
    }
}
