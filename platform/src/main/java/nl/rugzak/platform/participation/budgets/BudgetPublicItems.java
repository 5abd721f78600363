package nl.rugzak.platform.participation.budgets;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.PublicItems;
import org.springframework.stereotype.Component;

/**
 * Published budgets for frames that hold other modules' items: the projects module places a budget in its "vote"
 * phase through this, without knowing budgets' tables. The status says whether voting is upcoming, open or closed.
 */
@Component
class BudgetPublicItems implements PublicItems {

    private final BudgetReader reader;
    private final EnabledModules modules;

    BudgetPublicItems(BudgetReader reader, EnabledModules modules) {
        this.reader = reader;
        this.modules = modules;
    }

    @Override
    public Optional<Item> find(long id) {
        if (!modules.isEnabled(BudgetsModule.ID)) {
            return Optional.empty();
        }
        return reader.find(id).filter(Budget::published).map(BudgetPublicItems::item);
    }

    @Override
    public List<Item> recent(int limit) {
        if (!modules.isEnabled(BudgetsModule.ID)) {
            return List.of();
        }
        return reader.list(false).stream().limit(limit).map(BudgetPublicItems::item).toList();
    }

    private static Item item(Budget budget) {
        var image = budget.projects().stream().filter(p -> p.imageUrl() != null).findFirst();
        return new Item(BudgetsModule.ID, budget.id(), budget.title(), budget.summary(), budget.link(),
                budget.phase().key(), budget.opensAt(), image.map(Budget.Project::imageUrl).orElse(null),
                image.map(Budget.Project::imageAlt).orElse(null));
    }
}
