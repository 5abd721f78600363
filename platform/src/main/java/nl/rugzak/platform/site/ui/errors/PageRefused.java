package nl.rugzak.platform.site.ui.errors;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * A page this logged-in visitor may not see (a resident at the back office, say): 403 on the first request, in their
 * language and frame. Anonymous visitors never get here: Vaadin's access control sends them to log in first.
 */
@AnonymousAllowed
public class PageRefused extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public PageRefused(AuthenticationContext authentication) {
        super(authentication);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(event, "site.refused");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
