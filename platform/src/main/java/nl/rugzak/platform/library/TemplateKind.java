package nl.rugzak.platform.library;

import java.util.List;

/**
 * A kind of working format a municipality can save as a template and another can adopt (a project with its phases,
 * a survey, a set of pages...). Offered by the module or layer that owns the data, declared in its manifest
 * ({@code ModuleManifest.templates()}), so the library never imports a module.
 *
 * <p>{@link #capture} runs inside the source municipality and must leave out everything personal or written by
 * residents (reactions, votes, answers, names, contact details): only the structure staff made travels.
 * {@link #adopt} runs inside the adopting municipality, in the library's transaction; it creates a draft only.
 */
public interface TemplateKind {

    /** Stable id stored with every template, e.g. {@code project}. */
    String id();

    /** The key of the kind's name in the bundles. */
    String nameKey();

    /** What the current municipality has that it could save as this kind (its drafts and published items). */
    List<TemplateSource> sources();

    /** The structure of one source, without personal data or residents' content. */
    TemplateBody capture(long sourceId);

    /**
     * Copies a template into the current municipality as a draft; returns what it became ("project:12"). Calls
     * {@link TemplateCopy#step} between the parts it writes, so a failure anywhere is seen to leave nothing.
     */
    String adopt(TemplateBody body, TemplateCopy copy);

    /** Where staff find and finish what an adoption made (its {@code localRef}) in the back office. */
    String staffPath(String localRef);

    /** The structure in plain text, one line a part, for the library's preview. */
    List<String> preview(TemplateBody body);

    /** Something a municipality could save as a template: its id and what staff call it. */
    record TemplateSource(long id, String label) {
    }
}
