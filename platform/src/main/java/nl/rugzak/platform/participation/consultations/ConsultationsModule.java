package nl.rugzak.platform.participation.consultations;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.moderation.ModeratedContent;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ParticipationCounts;
import nl.rugzak.platform.participation.consultations.template.ConsultationTemplate;
import nl.rugzak.platform.participation.PersonalData;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.participation.WaitingForStaff;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import org.springframework.stereotype.Component;

/** Inspraak: residents react on a draft policy document; the municipality answers them all in a response report. */
@Component
public class ConsultationsModule implements ModuleManifest {

    public static final String ID = "consultations";

    private static final List<String> EDITORS = List.of("editor", "tenant-admin");

    private final ConsultationsPersonalData personalData;
    private final ReactionModeration moderation;
    private final ConsultationPageDescriber describer;
    private final ConsultationDemo demo;
    private final ConsultationTemplate template;
    private final ConsultationItems items;
    private final Processing processing;

    private final ConsultationCounts counts;

    ConsultationsModule(ConsultationCounts counts, ConsultationsPersonalData personalData, ReactionModeration moderation,
                        ConsultationPageDescriber describer, ConsultationDemo demo, ConsultationItems items, Processing processing,
                        ConsultationTemplate template) {
        this.counts = counts;
        this.processing = processing;
        this.items = items;
        this.personalData = personalData;
        this.moderation = moderation;
        this.describer = describer;
        this.demo = demo;
        this.template = template;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "consultations.module.name";
    }

    @Override
    public String descriptionKey() {
        return "consultations.module.description";
    }

    @Override
    public String path() {
        return "inspraak";
    }

    @Override
    public String changelog() {
        return "db/tenant/consultations/master.yaml";
    }
    @Override public List<Class<? extends nl.rugzak.platform.participation.ApiResource>> apiResources() { return List.of(nl.rugzak.platform.participation.consultations.api.ConsultationsApi.class); }

    /** The published reactienota and reactions' files (the controller decides who sees what). */
    @Override
    public List<String> publicPaths() {
        return List.of("/inspraak/*/reactienota.pdf", "/inspraak/*/reactienota.docx", "/inspraak/bijlage/*");
    }

    @Override
    public List<StaffEntry> staffMenu() {
        return List.of(new StaffEntry("/beheer/inspraak", "consultations.staff.menu", EDITORS));
    }

    @Override
    public List<AccountEntry> accountMenu() {
        return List.of(new AccountEntry("/inspraak/mijn", "consultations.account.mine"));
    }

    @Override
    public List<WaitingForStaff> waitingForStaff() {
        return List.of(new WaitingForStaff(EDITORS, "/beheer/inspraak", "consultations.waiting.unanswered",
                processing::waitingForAnswer));
    }

    @Override
    public List<NotificationKind> notificationKinds() {
        return List.of(NotificationKind.REACTIENOTA_PUBLISHED);
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
    public Optional<PublicItems> publicItems() {
        return Optional.of(items);
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
