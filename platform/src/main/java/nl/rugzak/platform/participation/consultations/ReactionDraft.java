package nl.rugzak.platform.participation.consultations;

/**
 * What a resident writes: on the whole document ({@code anchor} null) or on one block, optionally with a proposed
 * new wording. {@code fullName} and {@code address} are asked only for formal views (zienswijzen).
 */
public record ReactionDraft(String anchor, String body, String proposedText, String fullName, String address) {

    public static ReactionDraft open(String anchor, String body, String proposedText) {
        return new ReactionDraft(anchor, body, proposedText, null, null);
    }
}
