package nl.rugzak.platform.site.ui.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.rugzak.platform.content.NotFoundException;

/**
 * An item a view asked its service for that does not exist here, when the view let the service's refusal through
 * instead of rerouting: the same 404 page as an unknown address, never Vaadin's 500 with a stack trace.
 */
@AnonymousAllowed
public class ItemNotFound extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public ItemNotFound(AuthenticationContext authentication) {
        super(authentication);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(event, "site.not-found");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
