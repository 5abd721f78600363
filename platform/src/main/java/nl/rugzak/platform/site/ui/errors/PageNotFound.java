package nl.rugzak.platform.site.ui.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Any address without a page, and any item that does not exist here (views reroute a missing id to this): 404 on
 * the first request, in the visitor's language and frame. Replaces Vaadin's bare English "Could not navigate".
 */
@AnonymousAllowed
public class PageNotFound extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public PageNotFound(AuthenticationContext authentication) {
        super(authentication);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(event, "site.not-found");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
