package nl.rugzak.platform.participation.consultations.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.consultations.Consultation;
import nl.rugzak.platform.participation.consultations.ConsultationsModule;
import nl.rugzak.platform.participation.consultations.Reactions;
import nl.rugzak.platform.site.ui.SiteLayout;

/**
 * The consultations a resident reacted on, and their response reports once published. This page is how they hear
 * of the report: there are no notifications or mails yet.
 */
@Route(value = "inspraak/mijn", layout = SiteLayout.class)
@PermitAll
@ModulePage(ConsultationsModule.ID)
public class MyConsultationsView extends Div implements HasDynamicTitle {

    public MyConsultationsView(Reactions reactions) {
        add(new H1(getTranslation("consultations.account.mine")));
        var list = reactions.reactedOn();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("consultations.mine.empty")));
            return;
        }
        UnorderedList items = new UnorderedList();
        for (Consultation consultation : list) {
            ListItem item = new ListItem(new Anchor("inspraak/" + consultation.id(), consultation.title()),
                    new Paragraph(getTranslation(consultation.phase().key())));
            if (consultation.reportPublishedAt() != null) {
                Anchor report = new Anchor("/inspraak/" + consultation.id() + "/reactienota.pdf",
                        getTranslation("consultations.mine.report-ready"));
                report.getElement().setAttribute("router-ignore", true);
                item.add(new Paragraph(report));
            }
            items.add(item);
        }
        add(items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultations.account.mine");
    }
}
