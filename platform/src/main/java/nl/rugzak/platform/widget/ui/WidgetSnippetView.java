package nl.rugzak.platform.widget.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.sharing.PublicUrls;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.platform.widget.WidgetOptions;
import nl.rugzak.platform.widget.WidgetSource;
import nl.rugzak.platform.widget.Widgets;
import org.jsoup.nodes.Element;

/** Staff copy the iframe code that shows the latest items on the municipality's own website. */
@Route(value = "beheer/widget", layout = StaffLayout.class)
@PageTitle("Widget voor uw website")
@RolesAllowed({"editor", "tenant-admin"})
public class WidgetSnippetView extends Div {

    private final PublicUrls urls;
    private final Select<WidgetSource> kind = new Select<>();
    private final IntegerField count = new IntegerField("Aantal (" + WidgetOptions.MIN + " tot en met " + WidgetOptions.MAX + ")");
    private final TextArea snippet = new TextArea("Code om te kopiëren");
    private final IFrame preview = new IFrame();

    public WidgetSnippetView(Widgets widgets, PublicUrls urls) {
        this.urls = urls;
        add(new H1("Widget voor uw website"));
        var sources = widgets.available();
        if (sources.isEmpty()) {
            add(new Paragraph("Er is geen module aan die een widget heeft. Zet bijvoorbeeld de module Initiatieven aan."));
            return;
        }
        add(new Paragraph("Zet de laatste onderwerpen van deze site op de website van de gemeente. Kopieer de code "
                + "hieronder en plak die in uw website. De widget toont alleen wat openbaar is, in uw huisstijl."));
        kind.setLabel("Wat laat de widget zien?");
        kind.setItems(sources);
        kind.setItemLabelGenerator(WidgetSource::heading);
        kind.setValue(sources.getFirst());
        count.setMin(WidgetOptions.MIN);
        count.setMax(WidgetOptions.MAX);
        count.setStepButtonsVisible(true);
        count.setValue(WidgetOptions.DEFAULT);
        snippet.setReadOnly(true);
        snippet.setWidthFull();
        snippet.addClassName("rugzak-widget-snippet");
        preview.setTitle("Voorbeeld van de widget");
        preview.setWidth("100%");
        preview.setHeight("420px");
        preview.getElement().getStyle().set("border", "1px solid var(--rugzak-color-surface, #ccc)");
        kind.addValueChangeListener(e -> refresh());
        count.addValueChangeListener(e -> refresh());
        add(kind, count, snippet, new H2("Voorbeeld"), preview);
        refresh();
    }

    private void refresh() {
        Integer value = count.getValue();
        if (value == null || value < WidgetOptions.MIN || value > WidgetOptions.MAX) {
            count.setInvalid(true);
            count.setErrorMessage("Kies een aantal van " + WidgetOptions.MIN + " tot en met " + WidgetOptions.MAX + ".");
            return;
        }
        count.setInvalid(false);
        String path = Widgets.path(kind.getValue(), value);
        String src = urls.absolute(path).orElse(path);
        String name = urls.tenant().map(t -> t.displayName()).orElse("");
        snippet.setValue(iframe(src, kind.getValue().heading() + " – " + name));
        preview.setSrc(path);
    }

    /** The snippet, written by jsoup so that a municipality's name cannot break out of its attribute. */
    static String iframe(String src, String title) {
        return new Element("iframe").attr("src", src).attr("title", title).attr("width", "100%")
                .attr("height", "480").attr("style", "border:0").attr("loading", "lazy").outerHtml();
    }
}
