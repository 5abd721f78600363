package nl.rugzak.migrations;

/** A schema could not be brought up to date; names the schema and, where Liquibase said so, the changeset. */
public class MigrationException extends RuntimeException {

    private final String schema;
    private final String changeSet;

    public MigrationException(String schema, String changeSet, Throwable cause) {
        super("Migration of schema " + schema + " failed"
                + (changeSet == null ? "" : " at changeset " + changeSet) + ": " + rootMessage(cause), cause);
        this.schema = schema;
        this.changeSet = changeSet;
    }

    public String schema() {
        return schema;
    }

    /** The failing changeset as {@code file::id::author}, or null when the failure was not in a changeset. */
    public String changeSet() {
        return changeSet;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
