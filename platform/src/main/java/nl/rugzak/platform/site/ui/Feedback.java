package nl.rugzak.platform.site.ui;

import com.vaadin.flow.component.html.Paragraph;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A status line for what a visitor just did. Refusals the visitor can act on (too long, too fast, blocked, site
 * read-only: every {@link UserFacingException}) are shown in the visitor's language; a refused permission gets one
 * plain sentence; anything else is a real error and is not swallowed.
 */
public class Feedback extends Paragraph {

    public Feedback() {
        addClassName("rugzak-feedback");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    /** Runs the action; returns whether it went through. {@code done} is the text to show, already translated. */
    public boolean attempt(Runnable action, String done) {
        try {
            action.run();
            setText(done);
            removeClassName("rugzak-error");
            return true;
        } catch (UserFacingException e) {
            show(e.messageIn(getLocale()));
            return false;
        } catch (AccessDeniedException e) {
            show(getTranslation("site.feedback.not-allowed"));
            return false;
        } catch (IllegalArgumentException e) {
            // Checks in other modules that still speak in sentences rather than keys.
            show(e.getMessage());
            return false;
        }
    }

    public void show(String problem) {
        setText(problem);
        addClassName("rugzak-error");
    }
}
