package nl.rugzak.platform.participation.consultations;

/** The kinds of block a policy document is split into; each gets a number and an anchor. */
public enum BlockKind {
    HEADING, PARAGRAPH, LIST, TABLE
}
