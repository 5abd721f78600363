package nl.rugzak.tenantadmin.modules.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import nl.rugzak.tenantadmin.modules.ParticipationModule;

/**
 * Switches modules on and off and puts them in the order the site shows them. Used by the lab for any tenant and
 * by a municipality's own admin; saving goes through the caller, whose service checks who may do it.
 */
public class ModuleChooser extends Div {

    private final List<ParticipationModule> order;
    private final List<String> enabled;
    private final OrderedList list = new OrderedList();
    final Button save;

    public ModuleChooser(ModuleCatalogue catalogue, List<String> enabledInOrder, Consumer<List<String>> onSave) {
        enabled = new ArrayList<>(enabledInOrder);
        order = new ArrayList<>();
        enabledInOrder.forEach(id -> catalogue.find(id).ifPresent(order::add));
        catalogue.all().stream().filter(m -> !order.contains(m)).forEach(order::add);
        addClassName("rugzak-module-chooser");
        save = new Button(getTranslation("modules.chooser.save"), click -> onSave.accept(selection()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(list, save);
        render();
    }

    /** The switched-on modules, in the chosen order. */
    public List<String> selection() {
        return order.stream().map(ParticipationModule::id).filter(enabled::contains).toList();
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < order.size(); i++) {
            ParticipationModule module = order.get(i);
            int index = i;
            Checkbox on = new Checkbox(module.name(getLocale()), enabled.contains(module.id()));
            on.addValueChangeListener(change -> {
                if (change.getValue()) {
                    enabled.add(module.id());
                } else {
                    enabled.remove(module.id());
                }
            });
            Button up = new Button(getTranslation("modules.chooser.up"), click -> move(index, -1));
            up.getElement().setAttribute("aria-label", getTranslation("modules.chooser.up-label", module.name(getLocale())));
            up.setEnabled(i > 0);
            Button down = new Button(getTranslation("modules.chooser.down"), click -> move(index, 1));
            down.getElement().setAttribute("aria-label", getTranslation("modules.chooser.down-label", module.name(getLocale())));
            down.setEnabled(i < order.size() - 1);
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            ListItem item = new ListItem(on, up, down);
            String text = module.description(getLocale());
            if (!text.isBlank()) {
                Span description = new Span(text);
                description.addClassName("rugzak-hint");
                item.add(description);
            }
            list.add(item);
        }
    }

    private void move(int index, int by) {
        ParticipationModule module = order.remove(index);
        order.add(index + by, module);
        render();
    }
}
