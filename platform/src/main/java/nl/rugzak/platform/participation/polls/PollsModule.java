package nl.rugzak.platform.participation.polls;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ParticipationCounts;
import nl.rugzak.platform.participation.polls.template.SurveyTemplate;
import nl.rugzak.platform.participation.PersonalData;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import nl.rugzak.platform.widget.WidgetSource;
import org.springframework.stereotype.Component;

/** Peilingen en vragenlijsten: quick polls with one vote per account, and surveys of several questions. */
@Component
public class PollsModule implements ModuleManifest {

    public static final String ID = "polls";

    private static final List<String> EDITORS = List.of("editor", "tenant-admin");

    private final PollsPersonalData personalData;
    private final PollSharing sharing;
    private final PollActivity activity;
    private final PollPublicItems publicItems;
    private final PollsDemo demo;
    private final SurveyTemplate template;

    private final PollCounts counts;

    PollsModule(PollCounts counts, PollsPersonalData personalData, PollSharing sharing, PollActivity activity,
                PollPublicItems publicItems, PollsDemo demo, SurveyTemplate template) {
        this.counts = counts;
        this.personalData = personalData;
        this.sharing = sharing;
        this.activity = activity;
        this.publicItems = publicItems;
        this.demo = demo;
        this.template = template;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "polls.module.name";
    }

    @Override
    public String descriptionKey() {
        return "polls.module.description";
    }

    @Override
    public String path() {
        return "peilingen";
    }

    @Override
    public String changelog() {
        return "db/tenant/polls/master.yaml";
    }
    @Override public List<Class<? extends nl.rugzak.platform.participation.ApiResource>> apiResources() { return List.of(nl.rugzak.platform.participation.polls.api.PollsApi.class); }

    @Override
    public List<StaffEntry> staffMenu() {
        return List.of(new StaffEntry("/beheer/peilingen", "polls.staff.menu", EDITORS),
                new StaffEntry("/beheer/vragenlijsten", "polls.staff.surveys-menu", EDITORS));
    }

    @Override
    public List<NotificationKind> notificationKinds() {
        return List.of(NotificationKind.POLL_RESULTS);
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.heldBy(personalData);
    }

    @Override
    public Optional<SharedPageDescriber> pageDescriber() {
        return Optional.of(sharing);
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
    public List<WidgetSource> widgets() {
        return List.of(sharing);
    }

    @Override
    public List<Feed> feeds() {
        return List.of(new Feed(PollFeedController.PATH, "application/atom+xml", "polls.feed.link"));
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
