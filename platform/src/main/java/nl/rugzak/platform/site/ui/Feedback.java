package nl.rugzak.platform.site.ui;

import com.vaadin.flow.component.html.Paragraph;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.security.access.AccessDeniedException;

/**
 * A status line for what a visitor just did. Refusals the visitor can understand (too long, too fast, blocked
 * (all {@link ContentRejectedException}s), not theirs, site read-only) are shown in their words; anything else is a real error and is not swallowed.
 */
public class Feedback extends Paragraph {

    public Feedback() {
        addClassName("rugzak-feedback");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    /** Runs the action; returns whether it went through. */
    public boolean attempt(Runnable action, String done) {
        try {
            action.run();
            setText(done);
            removeClassName("rugzak-error");
            return true;
        } catch (ContentRejectedException | TenantWriteGuard.ReadOnlyException | AccessDeniedException e) {
            show(e.getMessage());
            return false;
        } catch (IllegalArgumentException e) {
            show(e.getMessage());
            return false;
        }
    }

    public void show(String problem) {
        setText(problem);
        addClassName("rugzak-error");
    }
}
