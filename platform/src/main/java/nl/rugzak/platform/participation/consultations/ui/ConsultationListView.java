package nl.rugzak.platform.participation.consultations.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.consultations.Consultation;
import nl.rugzak.platform.participation.consultations.Consultations;
import nl.rugzak.platform.participation.consultations.ConsultationsModule;
import nl.rugzak.platform.site.ui.DutchDates;
import nl.rugzak.platform.site.ui.SiteLayout;

/** All published consultations as cards, with where each stands. */
@Route(value = "inspraak", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(ConsultationsModule.ID)
public class ConsultationListView extends Div implements HasDynamicTitle {

    public ConsultationListView(Consultations consultations) {
        add(new H1(getTranslation("consultations.list.title")), new Paragraph(getTranslation("consultations.list.intro")));
        add(cards(consultations.published()));
    }

    private Component cards(List<Consultation> list) {
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("consultations.list.empty"));
            empty.addClassName("rugzak-empty");
            return empty;
        }
        UnorderedList cards = new UnorderedList();
        cards.addClassName("rugzak-cards");
        for (Consultation consultation : list) {
            ListItem card = new ListItem();
            card.addClassName("rugzak-card");
            card.add(new H2(new Anchor("inspraak/" + consultation.id(), consultation.title())),
                    ConsultationTexts.badge(consultation.phase(), getTranslation(consultation.phase().key())),
                    new Paragraph(getTranslation("consultations.page.period",
                            DutchDates.day(consultation.opensAt(), getLocale()), DutchDates.day(consultation.closesAt(), getLocale()))),
                    new Paragraph(getTranslation("consultations.page.count", consultation.reactions())));
            cards.add(card);
        }
        return cards;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultations.list.title");
    }
}
