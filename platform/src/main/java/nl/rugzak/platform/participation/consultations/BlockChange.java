package nl.rugzak.platform.participation.consultations;

import java.util.List;


/**
 * What happened to one block between two versions, for the readable diff: {@code before} is null for an added
 * block, {@code after} null for a removed one; {@code parts} is the word-level tracked change.
 */
public record BlockChange(Kind kind, Block before, Block after, List<TrackedChange.Part> parts) {

    public enum Kind { ADDED, CHANGED, REMOVED }
}
