package nl.rugzak.platform.participation.consultations;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.PublicItems;
import org.springframework.stereotype.Component;

/** Published consultations for frames that hold other modules' items (a project's phases) and staff's pickers. */
@Component
class ConsultationItems implements PublicItems {

    private final Consultations consultations;
    private final EnabledModules modules;

    ConsultationItems(Consultations consultations, EnabledModules modules) {
        this.consultations = consultations;
        this.modules = modules;
    }

    @Override
    public Optional<Item> find(long id) {
        if (!modules.isEnabled(ConsultationsModule.ID)) {
            return Optional.empty();
        }
        return consultations.find(id).filter(c -> c.phase().isPublic()).map(ConsultationItems::item);
    }

    @Override
    public List<Item> recent(int limit) {
        if (!modules.isEnabled(ConsultationsModule.ID)) {
            return List.of();
        }
        return consultations.published().stream().limit(limit).map(ConsultationItems::item).toList();
    }

    private static Item item(Consultation c) {
        return new Item(ConsultationsModule.ID, c.id(), c.title(), c.introduction(), "/inspraak/" + c.id(),
                c.phase().key(), c.opensAt(), null, null);
    }
}
