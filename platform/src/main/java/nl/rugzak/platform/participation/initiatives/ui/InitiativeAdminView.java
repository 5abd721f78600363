package nl.rugzak.platform.participation.initiatives.ui;

import nl.rugzak.tenantadmin.time.Dates;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.participation.initiatives.InitiativeCard;
import nl.rugzak.platform.participation.initiatives.InitiativeCategories;
import nl.rugzak.platform.participation.initiatives.InitiativeFilter;
import nl.rugzak.platform.participation.initiatives.InitiativeSearch;
import nl.rugzak.platform.participation.initiatives.InitiativeStatus;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.participation.initiatives.InvalidInitiativeException;
import nl.rugzak.platform.participation.initiatives.ResultPage;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;

/** The back-office list: every initiative past draft (hidden ones too), proposals to link topics, the categories. */
@Route(value = "beheer/initiatieven", layout = StaffLayout.class)
@RolesAllowed({"editor", "moderator", "tenant-admin"})
@ModulePage(InitiativesModule.ID)
public class InitiativeAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Select<InitiativeStatus> status = new Select<>();
    final TextField text = new TextField();
    final UnorderedList results = new UnorderedList();
    final Feedback feedback = new Feedback();
    private final InitiativeSearch search;
    private final Initiatives initiatives;
    private final InitiativeCategories categories;
    private final boolean editor;
    private final Div proposals = new Div();
    private final Div categoryList = new Div();

    public InitiativeAdminView(InitiativeSearch search, Initiatives initiatives, InitiativeCategories categories,
                               AuthenticationContext authentication) {
        this.search = search;
        this.initiatives = initiatives;
        this.categories = categories;
        this.editor = authentication.hasAnyRole("editor", "tenant-admin");
        text.setLabel(getTranslation("initiatives.admin.search"));
        status.setLabel(getTranslation("initiatives.admin.status"));
        status.setItems(Arrays.stream(InitiativeStatus.values()).filter(s -> s != InitiativeStatus.DRAFT).toList());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("initiatives.list.all-statuses"));
        status.setItemLabelGenerator(s -> getTranslation(s == null ? "initiatives.list.all-statuses" : s.key()));
        status.addValueChangeListener(change -> show());
        text.setMaxLength(100);
        text.addValueChangeListener(change -> show());
        add(new H1(getTranslation("initiatives.admin.heading")), feedback, new Div(text, status), results);
        if (editor) {
            add(proposals, categoryList);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("status")
                .flatMap(s -> Arrays.stream(InitiativeStatus.values()).filter(v -> v.name().equals(s)).findFirst())
                .ifPresent(status::setValue);
        show();
        if (editor) {
            showProposals();
            showCategories();
        }
    }

    private void show() {
        ResultPage<InitiativeCard> page = search.forStaff(new InitiativeFilter(text.getValue(), status.getValue(), null,
                null, InitiativeFilter.Order.NEWEST), 0);
        results.removeAll();
        results.addClassName("rugzak-cards");
        page.items().forEach(card -> results.add(new InitiativeCardItem(card)));
        if (page.total() > page.items().size()) {
            results.add(new ListItem(getTranslation("initiatives.admin.more", page.total() - page.items().size())));
        }
        if (page.total() == 0) {
            results.add(new ListItem(getTranslation("initiatives.list.none-found")));
        }
    }

    private void showProposals() {
        proposals.removeAll();
        proposals.add(new H2(getTranslation("initiatives.admin.proposals")));
        List<Initiatives.LinkProposal> open = initiatives.linkProposals();
        if (open.isEmpty()) {
            proposals.add(new Paragraph(getTranslation("initiatives.admin.no-proposals")));
            return;
        }
        UnorderedList list = new UnorderedList();
        open.forEach(proposal -> {
            TextField reason = new TextField(getTranslation("initiatives.admin.reason"));
            reason.setMaxLength(Initiatives.MAX_REASON);
            Button accept = new Button(getTranslation("initiatives.admin.accept"), click -> decide(proposal, true, reason.getValue()));
            Button decline = new Button(getTranslation("initiatives.admin.decline"), click -> decide(proposal, false, reason.getValue()));
            accept.getElement().setAttribute("aria-label",
                    getTranslation("initiatives.admin.accept-named", proposal.initiativeTitle(), proposal.topicTitle()));
            decline.getElement().setAttribute("aria-label",
                    getTranslation("initiatives.admin.decline-named", proposal.initiativeTitle(), proposal.topicTitle()));
            list.add(new ListItem(new Anchor("/initiatieven/" + proposal.initiativeId(), proposal.initiativeTitle()),
                    new Span(" → " + getTranslation("initiatives.admin.proposal", proposal.topicTitle(),
                            proposal.proposedBy(), Dates.day(proposal.at(), getLocale()))), reason, accept, decline));
        });
        proposals.add(list);
    }

    private void decide(Initiatives.LinkProposal proposal, boolean accept, String reason) {
        try {
            initiatives.decideTopicLink(proposal.initiativeId(), proposal.topicId(), accept, reason);
            feedback.setText(getTranslation(accept ? "initiatives.page.linked" : "initiatives.admin.declined"));
            showProposals();
        } catch (InvalidInitiativeException e) {
            feedback.show(e.messageIn(getLocale()));
        }
    }

    private void showCategories() {
        categoryList.removeAll();
        Section section = new Section(new H2(getTranslation("initiatives.admin.categories")));
        UnorderedList list = new UnorderedList();
        categories.all().forEach(category -> {
            Button remove = new Button(getTranslation("initiatives.admin.remove"), click -> {
                categories.remove(category.id());
                feedback.setText(getTranslation("initiatives.admin.category-removed", category.name()));
                showCategories();
            });
            remove.getElement().setAttribute("aria-label", getTranslation("initiatives.admin.remove-category", category.name()));
            list.add(new ListItem(new Span(category.name() + " "), remove));
        });
        TextField name = new TextField(getTranslation("initiatives.admin.new-category"));
        name.setMaxLength(InitiativeCategories.MAX_NAME);
        Button add = new Button(getTranslation("initiatives.admin.add"), click -> {
            try {
                categories.add(name.getValue());
                feedback.setText(getTranslation("initiatives.admin.category-added"));
                showCategories();
            } catch (InvalidInitiativeException e) {
                name.setInvalid(true);
                name.setErrorMessage(e.messageIn(getLocale()));
            }
        });
        section.add(list, name, add);
        categoryList.add(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("initiatives.admin.title");
    }
}
