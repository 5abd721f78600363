package nl.rugzak.platform.participation.initiatives;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.moderation.ModeratedContent;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ParticipationCounts;
import nl.rugzak.platform.participation.initiatives.template.CategoriesTemplate;
import nl.rugzak.platform.participation.PersonalData;
import nl.rugzak.platform.participation.WaitingForStaff;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import nl.rugzak.platform.widget.WidgetSource;
import nl.rugzak.tenantadmin.modules.ModuleSetting;
import org.springframework.stereotype.Component;

/** Bewonersinitiatieven: residents' own plans, which staff respond to and link to policy topics. */
@Component
public class InitiativesModule implements ModuleManifest {

    public static final String ID = "initiatives";
    public static final String SUPPORTS = "supports";
    public static final String HELP_OFFERS = "help-offers";

    private static final List<String> STAFF = List.of("editor", "moderator", "tenant-admin");
    private static final List<String> EDITORS = List.of("editor", "tenant-admin");

    private final InitiativesPersonalData personalData;
    private final InitiativeModeration moderation;
    private final InitiativePageDescriber describer;
    private final InitiativeActivity activity;
    private final InitiativeWidget widget;
    private final InitiativeSearch search;
    private final Initiatives initiatives;
    private final InitiativesDemo demo;
    private final CategoriesTemplate template;

    private final InitiativeCounts counts;

    InitiativesModule(InitiativeCounts counts, InitiativesPersonalData personalData, InitiativeModeration moderation,
                      InitiativePageDescriber describer, InitiativeActivity activity, InitiativeWidget widget,
                      InitiativeSearch search, Initiatives initiatives, InitiativesDemo demo, CategoriesTemplate template) {
        this.counts = counts;
        this.demo = demo;
        this.template = template;
        this.personalData = personalData;
        this.moderation = moderation;
        this.describer = describer;
        this.activity = activity;
        this.widget = widget;
        this.search = search;
        this.initiatives = initiatives;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "initiatives.module.name";
    }

    @Override
    public String descriptionKey() {
        return "initiatives.module.description";
    }

    @Override
    public String path() {
        return "initiatieven";
    }

    @Override
    public List<ModuleSetting> settings() {
        return List.of(new ModuleSetting(SUPPORTS, "initiatives.module.setting.supports", true),
                new ModuleSetting(HELP_OFFERS, "initiatives.module.setting.help-offers", true));
    }

    @Override
    public String changelog() {
        return "db/tenant/initiatives/master.yaml";
    }
    @Override public List<Class<? extends nl.rugzak.platform.participation.ApiResource>> apiResources() { return List.of(nl.rugzak.platform.participation.initiatives.api.InitiativesApi.class); }

    @Override
    public List<StaffEntry> staffMenu() {
        return List.of(new StaffEntry("/beheer/initiatieven", "initiatives.staff.menu", STAFF));
    }

    @Override
    public List<AccountEntry> accountMenu() {
        return List.of(new AccountEntry("/initiatieven/mijn", "initiatives.account.mine"));
    }

    @Override
    public List<WaitingForStaff> waitingForStaff() {
        return List.of(new WaitingForStaff(STAFF, "/beheer/initiatieven?status=SUBMITTED",
                        "initiatives.waiting.submitted", () -> search.forStaff(new InitiativeFilter(null,
                        InitiativeStatus.SUBMITTED, null, null, InitiativeFilter.Order.NEWEST), 0).total()),
                new WaitingForStaff(EDITORS, "/beheer/initiatieven", "initiatives.waiting.proposals",
                        () -> initiatives.linkProposals().size()));
    }

    @Override
    public List<NotificationKind> notificationKinds() {
        return List.of(NotificationKind.INITIATIVE_STATUS);
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.heldBy(personalData);
    }

    @Override
    public List<ModeratedContent> moderatedContent() {
        return List.of(moderation);
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
    public List<WidgetSource> widgets() {
        return List.of(widget);
    }

    @Override
    public Optional<ModuleDemo> demo() {
        return Optional.of(demo);
    }

    @Override
    public Optional<ParticipationCounts> participationCounts() {
        return Optional.of(counts);
    }

    @Override
    public List<TemplateKind> templates() {
        return List.of(template);
    }
}
