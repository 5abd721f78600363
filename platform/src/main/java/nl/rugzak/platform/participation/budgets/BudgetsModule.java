package nl.rugzak.platform.participation.budgets;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ParticipationCounts;
import nl.rugzak.platform.participation.PersonalData;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import org.springframework.stereotype.Component;

/**
 * Burgerbegroting: residents divide a budget by voting on projects (knapsack or approval). A budget stands on its
 * own at {@code /begroting/<id>}; a project's phase holds it through {@link #publicItems()}.
 */
@Component
public class BudgetsModule implements ModuleManifest {

    public static final String ID = "budgets";

    private final BudgetsPersonalData personalData;
    private final BudgetPageDescriber describer;
    private final BudgetActivity activity;
    private final BudgetPublicItems publicItems;
    private final BudgetsDemo demo;

    private final BudgetCounts counts;

    BudgetsModule(BudgetCounts counts, BudgetsPersonalData personalData, BudgetPageDescriber describer, BudgetActivity activity,
                  BudgetPublicItems publicItems, BudgetsDemo demo) {
        this.counts = counts;
        this.personalData = personalData;
        this.describer = describer;
        this.activity = activity;
        this.publicItems = publicItems;
        this.demo = demo;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "budgets.module.name";
    }

    @Override
    public String descriptionKey() {
        return "budgets.module.description";
    }

    @Override
    public String path() {
        return "begroting";
    }

    @Override
    public String changelog() {
        return "db/tenant/budgets/master.yaml";
    }
    @Override public List<Class<? extends nl.rugzak.platform.participation.ApiResource>> apiResources() { return List.of(nl.rugzak.platform.participation.budgets.api.BudgetsApi.class); }

    @Override
    public List<StaffEntry> staffMenu() {
        return List.of(new StaffEntry("/beheer/begroting", "budgets.staff.menu", List.of("editor", "tenant-admin")));
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.heldBy(personalData);
    }

    @Override
    public Optional<SharedPageDescriber> pageDescriber() {
        return Optional.of(describer);
    }

    @Override
    public Optional<ModuleActivity> activity() {
        return Optional.of(activity);
    }

    @Override
    public Optional<PublicItems> publicItems() {
        return Optional.of(publicItems);
    }

    @Override
    public Optional<ModuleDemo> demo() {
        return Optional.of(demo);
    }

    @Override
    public Optional<ParticipationCounts> participationCounts() {
        return Optional.of(counts);
    }
}
