package nl.rugzak.platform.library;

/**
 * Sees each part of an adoption before it is written. The application has none; tests add one that throws to prove
 * that a failure mid-copy leaves nothing behind.
 */
public interface AdoptionObserver {

    void beforeStep(String kind, String part);
}
