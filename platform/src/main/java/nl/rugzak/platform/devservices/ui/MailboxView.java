package nl.rugzak.platform.devservices.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.devservices.EmbeddedMailServer;
import nl.rugzak.platform.devservices.EmbeddedMailServer.ReceivedMail;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.console.ui.LabMenuEntry;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.time.Dates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The embedded default's mailbox: every mail Rugzak and Keycloak sent, so a newcomer can open the verification or
 * invitation link without a real mail server. A mail's HTML is cleaned with jsoup (no scripts, forms or event
 * handlers) and shown in a sandboxed frame where no script runs; its links open in a new tab.
 */
@ControlPlaneView
@LabMenuEntry(labelKey = "devservices.mailbox.menu", order = 90)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class MailboxView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "ontwikkeling/mailbox";

    private static final Safelist SAFE = Safelist.relaxed().addAttributes(":all", "style")
            .addAttributes("a", "target", "rel");

    final Grid<ReceivedMail> list = new Grid<>();
    final Div shown = new Div();
    private final EmbeddedMailServer server;

    public MailboxView(ObjectProvider<EmbeddedMailServer> server) {
        this.server = server.getIfAvailable();
        setId("main-content");
        addClassName("rugzak-page-wide");
        add(new H1(getTranslation("devservices.mailbox.title")),
                new Paragraph(getTranslation("devservices.mailbox.intro")));
        list.addColumn(mail -> String.join(", ", mail.to())).setHeader(getTranslation("devservices.mailbox.to"));
        list.addColumn(ReceivedMail::subject).setHeader(getTranslation("devservices.mailbox.subject")).setFlexGrow(3);
        list.addColumn(mail -> Dates.shortMoment(mail.receivedAt(), getLocale()))
                .setHeader(getTranslation("devservices.mailbox.when"));
        list.setAriaLabel(getTranslation("devservices.mailbox.title"));
        list.addSelectionListener(selected -> selected.getFirstSelectedItem().ifPresent(this::show));
        add(list, shown);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ReceivedMail> mails = server == null ? List.of() : server.received().reversed();
        list.setItems(mails);
        event.getLocation().getQueryParameters().getSingleParameter("mail")
                .flatMap(id -> mails.stream().filter(m -> String.valueOf(m.id()).equals(id)).findFirst())
                .ifPresent(this::show);
    }

    void show(ReceivedMail mail) {
        shown.removeAll();
        shown.add(new H2(mail.subject()),
                new Paragraph(getTranslation("devservices.mailbox.from-to", mail.from(), String.join(", ", mail.to()))));
        if (!mail.html().isBlank()) {
            // Twice safe: cleaned by jsoup, and shown in a sandbox where nothing runs; links open a new tab.
            IFrame frame = new IFrame();
            frame.setSrcdoc(safe(mail.html()));
            frame.setSandbox(IFrame.SandboxType.ALLOW_POPUPS, IFrame.SandboxType.ALLOW_POPUPS_TO_ESCAPE_SANDBOX);
            frame.setTitle(mail.subject());
            frame.setWidthFull();
            frame.setHeight("32rem");
            shown.add(frame);
        } else {
            shown.add(new Pre(mail.text()));
        }
    }

    /** Only harmless HTML, with every link opening in a new tab (the mailbox stays where it was). */
    static String safe(String html) {
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, "", SAFE, new Document.OutputSettings().prettyPrint(false)));
        clean.select("a[href]").forEach(a -> a.attr("target", "_blank"));
        return clean.body().html();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devservices.mailbox.page-title");
    }
}
