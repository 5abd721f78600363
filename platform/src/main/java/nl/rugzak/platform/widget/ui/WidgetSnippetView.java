package nl.rugzak.platform.widget.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed({"editor", "tenant-admin"})
public class WidgetSnippetView extends Div implements HasDynamicTitle {

    private final PublicUrls urls;
    private final Select<WidgetSource> kind = new Select<>();
    private final IntegerField count = new IntegerField();
    private final TextArea snippet = new TextArea();
    private final IFrame preview = new IFrame();

    public WidgetSnippetView(Widgets widgets, PublicUrls urls) {
        this.urls = urls;
        count.setLabel(getTranslation("widget.snippet.count", WidgetOptions.MIN, WidgetOptions.MAX));
        snippet.setLabel(getTranslation("widget.snippet.code"));
        add(new H1(getTranslation("widget.snippet.title")));
        var sources = widgets.available();
        if (sources.isEmpty()) {
            add(new Paragraph(getTranslation("widget.snippet.no-module")));
            return;
        }
        add(new Paragraph(getTranslation("widget.snippet.intro")));
        kind.setLabel(getTranslation("widget.snippet.kind"));
        kind.setItems(sources);
        kind.setItemLabelGenerator(source -> Widgets.heading(getLocale(), source));
        kind.setValue(sources.getFirst());
        count.setMin(WidgetOptions.MIN);
        count.setMax(WidgetOptions.MAX);
        count.setStepButtonsVisible(true);
        count.setValue(WidgetOptions.DEFAULT);
        snippet.setReadOnly(true);
        snippet.setWidthFull();
        snippet.addClassName("rugzak-widget-snippet");
        preview.setTitle(getTranslation("widget.snippet.preview-title"));
        preview.setWidth("100%");
        preview.setHeight("420px");
        preview.getElement().getStyle().set("border", "1px solid var(--rugzak-color-surface, #ccc)");
        kind.addValueChangeListener(e -> refresh());
        count.addValueChangeListener(e -> refresh());
        add(kind, count, snippet, new H2(getTranslation("widget.snippet.preview")), preview);
        refresh();
    }

    private void refresh() {
        Integer value = count.getValue();
        if (value == null || value < WidgetOptions.MIN || value > WidgetOptions.MAX) {
            count.setInvalid(true);
            count.setErrorMessage(getTranslation("widget.snippet.count-invalid", WidgetOptions.MIN, WidgetOptions.MAX));
            return;
        }
        count.setInvalid(false);
        String path = Widgets.path(kind.getValue(), value);
        String src = urls.absolute(path).orElse(path);
        String name = urls.tenant().map(t -> t.displayName()).orElse("");
        snippet.setValue(iframe(src, Widgets.heading(getLocale(), kind.getValue()) + " – " + name));
        preview.setSrc(path);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("widget.snippet.title");
    }

    /** The snippet, written by jsoup so that a municipality's name cannot break out of its attribute. */
    static String iframe(String src, String title) {
        return new Element("iframe").attr("src", src).attr("title", title).attr("width", "100%")
                .attr("height", "480").attr("style", "border:0").attr("loading", "lazy").outerHtml();
    }
}
