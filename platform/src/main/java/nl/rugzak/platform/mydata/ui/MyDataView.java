package nl.rugzak.platform.mydata.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import nl.rugzak.platform.mydata.MyData;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.tenantadmin.text.Texts;

/** Everything this municipality's site stores about the logged-in resident; download it, or delete the account. */
@Route(value = "mijn/gegevens", layout = SiteLayout.class)
@PermitAll
public class MyDataView extends Div implements HasDynamicTitle {

    private final MyData myData;
    final Feedback feedback = new Feedback();
    /** Whether the resident's initiatives stay (without their name) rather than go. */
    final RadioButtonGroup<Boolean> initiatives = new RadioButtonGroup<>();
    final Checkbox sure = new Checkbox();
    final Button delete = new Button();

    public MyDataView(MyData myData) {
        this.myData = myData;
        addClassName("rugzak-mydata");
        add(new H1(getTranslation("mydata.title")), new Paragraph(getTranslation("mydata.intro")));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = myData.exportJson();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "mijn-gegevens.json", "application/json",
                    bytes.length);
        }), getTranslation("mydata.download"));
        add(new Paragraph(download));
        myData.export().forEach(this::section);
        add(deletion());
    }

    private void section(String name, List<Map<String, Object>> rows) {
        Section section = new Section(new H2(heading(getLocale(), name)));
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation("mydata.nothing")));
        } else {
            UnorderedList list = new UnorderedList();
            for (Map<String, Object> row : rows) {
                UnorderedList fields = new UnorderedList();
                row.forEach((key, value) -> fields.add(new ListItem(getTranslation("mydata.field",
                        column(getLocale(), key), value == null ? "–" : value))));
                list.add(new ListItem(fields));
            }
            section.add(list);
        }
        add(section);
    }

    /** The export's section names are Dutch data keys ("steunbetuigingen"); the bundle names the ones it knows. */
    static String heading(Locale locale, String name) {
        String key = "mydata.section." + name;
        if (Texts.has(locale, key)) {
            return Texts.get(locale, key);
        }
        String words = name.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String column(Locale locale, String name) {
        String key = "mydata.column." + name;
        return Texts.has(locale, key) ? Texts.get(locale, key) : name.replace('_', ' ');
    }

    private Section deletion() {
        Section section = new Section(new H2(getTranslation("mydata.delete.heading")));
        section.add(new Paragraph(getTranslation("mydata.delete.intro")));
        initiatives.setLabel(getTranslation("mydata.delete.initiatives"));
        initiatives.setItems(false, true);
        initiatives.setItemLabelGenerator(keep -> getTranslation(keep ? "mydata.delete.anonymise" : "mydata.delete.remove"));
        initiatives.setValue(false);
        sure.setLabel(getTranslation("mydata.delete.sure"));
        delete.setText(getTranslation("mydata.delete.button"));
        delete.addClassName("rugzak-danger");
        delete.addClickListener(click -> {
            if (!sure.getValue()) {
                feedback.show(getTranslation("mydata.delete.tick-first"));
                return;
            }
            boolean keep = Boolean.TRUE.equals(initiatives.getValue());
            if (feedback.attempt(() -> myData.deleteAccount(keep), getTranslation("mydata.delete.done"))) {
                UI.getCurrent().getPage().setLocation("/");
                VaadinSession.getCurrent().getSession().invalidate();
            }
        });
        section.add(initiatives, sure, delete, feedback);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mydata.title");
    }
}
