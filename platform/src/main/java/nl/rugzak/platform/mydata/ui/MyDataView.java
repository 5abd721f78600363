package nl.rugzak.platform.mydata.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import nl.rugzak.platform.mydata.MyData;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;

/** Everything this municipality's site stores about the logged-in resident; download it, or delete the account. */
@Route(value = "mijn/gegevens", layout = SiteLayout.class)
@PageTitle("Mijn gegevens")
@PermitAll
public class MyDataView extends Div {

    static final String REMOVE = "Mijn initiatieven verwijderen";
    static final String ANONYMISE = "Mijn initiatieven laten staan, zonder mijn naam";

    private final MyData myData;
    final Feedback feedback = new Feedback();
    final RadioButtonGroup<String> initiatives = new RadioButtonGroup<>("Wat gebeurt er met uw initiatieven?");
    final Checkbox sure = new Checkbox("Ik begrijp dat mijn account en gegevens niet terug te halen zijn.");
    final Button delete = new Button("Mijn account verwijderen");

    public MyDataView(MyData myData) {
        this.myData = myData;
        addClassName("rugzak-mydata");
        add(new H1("Mijn gegevens"), new Paragraph("Dit is alles wat deze site van de gemeente over u bewaart. "
                + "Gegevens bij andere gemeenten staan hier niet."));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = myData.exportJson();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "mijn-gegevens.json", "application/json",
                    bytes.length);
        }), "Download mijn gegevens (JSON)");
        add(new Paragraph(download));
        myData.export().forEach(this::section);
        add(deletion());
    }

    private void section(String name, List<Map<String, Object>> rows) {
        Section section = new Section(new H2(heading(name)));
        if (rows.isEmpty()) {
            section.add(new Paragraph("Niets bewaard."));
        } else {
            UnorderedList list = new UnorderedList();
            for (Map<String, Object> row : rows) {
                UnorderedList fields = new UnorderedList();
                row.forEach((key, value) -> fields.add(new ListItem(key.replace('_', ' ') + ": "
                        + (value == null ? "–" : value))));
                list.add(new ListItem(fields));
            }
            section.add(list);
        }
        add(section);
    }

    private static String heading(String name) {
        String words = name.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private Section deletion() {
        Section section = new Section(new H2("Account verwijderen"));
        section.add(new Paragraph("Uw reacties blijven staan als \"verwijderde deelnemer\". Uw steun, wat u volgt, "
                + "uw hulpaanbiedingen en meldingen worden verwijderd. Daarna kunt u hier niet meer inloggen."));
        initiatives.setItems(REMOVE, ANONYMISE);
        initiatives.setValue(REMOVE);
        delete.addClassName("rugzak-danger");
        delete.addClickListener(click -> {
            if (!sure.getValue()) {
                feedback.show("Vink eerst aan dat u begrijpt dat dit niet terug te draaien is.");
                return;
            }
            boolean keep = ANONYMISE.equals(initiatives.getValue());
            if (feedback.attempt(() -> myData.deleteAccount(keep), "Uw account is verwijderd.")) {
                UI.getCurrent().getPage().setLocation("/");
                VaadinSession.getCurrent().getSession().invalidate();
            }
        });
        section.add(initiatives, sure, delete, feedback);
        return section;
    }
}
