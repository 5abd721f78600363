package nl.rugzak.platform.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.api.ApiOrigins;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.tenantadmin.text.UserFacingException;

/**
 * The tenant admin lists the other websites (e.g. the municipality's main site) whose pages may call the public API
 * from a browser; the API answers CORS for these origins only. Bad input gets a Dutch message and nothing is stored.
 */
@Route(value = "beheer/api", layout = StaffLayout.class)
@RolesAllowed("tenant-admin")
public class ApiOriginsView extends Div implements HasDynamicTitle {

    final TextField origin = new TextField();
    final Button add = new Button();
    final Paragraph result = new Paragraph();
    final UnorderedList listed = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final ApiOrigins origins;

    public ApiOriginsView(ApiOrigins origins) {
        this.origins = origins;
        result.getElement().setAttribute("role", "status");
        origin.setLabel(getTranslation("api.origins.field"));
        origin.setHelperText(getTranslation("api.origins.helper"));
        origin.setMaxLength(300);
        origin.setWidthFull();
        add.setText(getTranslation("api.origins.add"));
        add.addClickListener(click -> add());
        none.setText(getTranslation("api.origins.none"));
        add(new H1(getTranslation("api.origins.title")), new Paragraph(getTranslation("api.origins.intro")),
                new Paragraph(getTranslation("api.origins.links", "/api/v1/", "/api/v1/catalog")),
                origin, add, result, new H2(getTranslation("api.origins.list")), none, listed);
        show();
    }

    private void add() {
        try {
            String added = origins.add(origin.getValue());
            origin.clear();
            origin.setInvalid(false);
            result.setText(getTranslation("api.origins.added", added));
            show();
        } catch (UserFacingException e) {
            origin.setInvalid(true);
            origin.setErrorMessage(e.messageIn(getLocale()));
            result.setText(e.messageIn(getLocale()));
        }
    }

    private void show() {
        listed.removeAll();
        var all = origins.list();
        none.setVisible(all.isEmpty());
        for (String known : all) {
            Button remove = new Button(getTranslation("api.origins.remove"), click -> {
                origins.remove(known);
                result.setText(getTranslation("api.origins.removed", known));
                show();
            });
            remove.getElement().setAttribute("aria-label", getTranslation("api.origins.remove") + " " + known);
            listed.add(new ListItem(new Span(known), new Span(" "), remove));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.origins.title");
    }
}
