package nl.rugzak.platform.participation.consultations.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.consultations.Consultation;
import nl.rugzak.platform.participation.consultations.Consultations;
import nl.rugzak.platform.participation.consultations.ConsultationsModule;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.platform.site.ui.parts.EmptyState;

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
            return new EmptyState(getTranslation("consultations.list.empty"));
        }
        return new CardList(list.stream().map(consultation -> new Card(Card.Level.H2, consultation.title(),
                        "/inspraak/" + consultation.id())
                .status(ConsultationTexts.badge(consultation.phase(), getTranslation(consultation.phase().key())))
                .meta(getTranslation("consultations.page.period", Dates.day(consultation.opensAt(), getLocale()),
                                Dates.day(consultation.closesAt(), getLocale())),
                        getTranslation("consultations.page.count", consultation.reactions()))
                .summary(consultation.introduction())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultations.list.title");
    }
}
