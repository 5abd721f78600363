package nl.rugzak.platform.places.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import nl.rugzak.platform.places.AddressSearch;
import nl.rugzak.platform.places.ChosenPoint;
import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.places.MapSettings;

/**
 * Choosing where something is: search an address (keyboard, results as buttons) or click the map (or press Enter on
 * the focused map for its centre). The form's own address field is the text equivalent of the point, and a line under
 * the map says what was chosen. Residents' points are kept at street level unless they tick that the exact point may
 * be used; then a found address keeps its house number, otherwise only the street.
 */
public class PlacePicker extends Div {

    final TextField address;
    final Button search = new Button();
    final UnorderedList found = new UnorderedList();
    final Div map = new Div();
    final Checkbox exact = new Checkbox();
    final Paragraph chosen = new Paragraph();
    final Button clear = new Button();
    private final AddressSearch addresses;
    private MapPoint point;
    private AddressSearch.Found lastFound;
    private Runnable onChange = () -> { };

    /**
     * @param address  the form's own address/place field: what the list and the page say about the place
     * @param resident whether a resident chooses (street level unless ticked) or staff (always exact)
     */
    public PlacePicker(TextField address, AddressSearch addresses, MapSettings settings, boolean resident) {
        this.address = address;
        this.addresses = addresses;
        addClassName("rugzak-place-picker");
        search.setText(getTranslation("places.pick.search"));
        search.addClickListener(click -> searchAddress());
        address.addKeyPressListener(Key.ENTER, enter -> searchAddress());
        found.getElement().setAttribute("aria-live", "polite");

        map.addClassName("rugzak-map");
        map.getElement().setAttribute("role", "application");
        map.getElement().setAttribute("aria-label", getTranslation("places.pick.map"));
        map.getElement().setAttribute("data-tiles", settings.tilesUrl());
        map.getElement().setAttribute("data-attribution", settings.attribution());
        map.getElement().setAttribute("data-tiles-failed", getTranslation("places.tiles-failed"));
        map.getElement().setAttribute("data-pick", "true");
        map.getElement().getStyle().set("height", "16rem");
        map.getElement().addEventListener("rugzak-pick", event -> pickedOnMap(new MapPoint(
                        event.getEventData().get("event.detail.lat").asDouble(),
                        event.getEventData().get("event.detail.lon").asDouble())))
                .addEventData("event.detail.lat").addEventData("event.detail.lon");

        exact.setLabel(getTranslation("places.pick.exact"));
        exact.setHelperText(getTranslation("places.pick.exact-help"));
        exact.setVisible(resident);
        exact.addValueChangeListener(change -> {
            if (lastFound != null && point != null) {
                address.setValue(fitting(change.getValue() ? lastFound.address() : lastFound.streetLevelAddress()));
            }
            describe();
        });
        clear.setText(getTranslation("places.pick.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> setPoint(null, exact.getValue()));
        chosen.getElement().setAttribute("role", "status");
        Paragraph help = new Paragraph(getTranslation("places.pick.help"));
        Div searchRow = new Div(search);
        searchRow.addClassName("rugzak-actions");
        add(searchRow, found, help, map, exact, chosen, clear);
        describe();
    }

    /** The chosen point with the resident's choice about precision, or null when none was chosen. */
    public ChosenPoint value() {
        return point == null ? null : new ChosenPoint(point, !exact.isVisible() || exact.getValue());
    }

    /** Shows a stored point (exact or not as it was stored). */
    public void setPoint(MapPoint stored, boolean exactAllowed) {
        point = stored;
        lastFound = null;
        exact.setValue(exactAllowed);
        map.getElement().executeJs("window.rugzakMap && window.rugzakMap.place(this, $0, $1)",
                stored == null ? null : stored.latitude(), stored == null ? null : stored.longitude());
        describe();
    }

    /** Called whenever the point changes (staff forms keep their own fields in step). */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    void searchAddress() {
        found.removeAll();
        List<AddressSearch.Found> results = addresses.search(address.getValue());
        if (results.isEmpty()) {
            found.add(new ListItem(getTranslation("places.pick.nothing-found")));
            return;
        }
        for (AddressSearch.Found result : results) {
            Button use = new Button(getTranslation("places.pick.use", result.address()), click -> use(result));
            found.add(new ListItem(use));
        }
    }

    void use(AddressSearch.Found result) {
        found.removeAll();
        point = result.point();
        lastFound = result;
        boolean keepExact = !exact.isVisible() || exact.getValue();
        address.setValue(fitting(keepExact ? result.address() : result.streetLevelAddress()));
        map.getElement().executeJs("window.rugzakMap && window.rugzakMap.place(this, $0, $1)",
                point.latitude(), point.longitude());
        describe();
        address.focus();
    }

    void pickedOnMap(MapPoint picked) {
        point = picked;
        lastFound = null;
        describe();
    }

    private String fitting(String text) {
        int max = address.getMaxLength();
        return max > 0 && text.length() > max ? text.substring(0, max) : text;
    }

    private void describe() {
        clear.setVisible(point != null);
        if (point == null) {
            chosen.setText(getTranslation("places.pick.none"));
        } else {
            String where = address.getValue().isBlank() ? getTranslation("places.pick.no-address") : address.getValue();
            chosen.setText(getTranslation(value().exact() ? "places.pick.chosen-exact" : "places.pick.chosen-street",
                    where));
        }
        onChange.run();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        LeafletScripts.start(attachEvent.getUI(), map.getElement());
        if (point != null) {
            map.getElement().executeJs("window.rugzakMap && window.rugzakMap.place(this, $0, $1)",
                    point.latitude(), point.longitude());
        }
    }
}
