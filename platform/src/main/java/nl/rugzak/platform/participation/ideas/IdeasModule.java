package nl.rugzak.platform.participation.ideas;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.moderation.ModeratedContent;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ParticipationCounts;
import nl.rugzak.platform.participation.PersonalData;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.participation.WaitingForStaff;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import org.springframework.stereotype.Component;

/** Ideeën: residents' ideas inside a project's phase, supported by others and judged by the municipality. */
@Component
public class IdeasModule implements ModuleManifest {

    public static final String ID = "ideas";

    private static final List<String> EDITORS = List.of("editor", "tenant-admin");

    private final IdeasPersonalData personalData;
    private final IdeaModeration moderation;
    private final IdeaSharing sharing;
    private final IdeaPublicItems publicItems;
    private final IdeasDemo demo;
    private final IdeaVerdicts verdicts;

    private final IdeaCounts counts;

    IdeasModule(IdeaCounts counts, IdeasPersonalData personalData, IdeaModeration moderation, IdeaSharing sharing,
                IdeaPublicItems publicItems, IdeasDemo demo, IdeaVerdicts verdicts) {
        this.counts = counts;
        this.personalData = personalData;
        this.moderation = moderation;
        this.sharing = sharing;
        this.publicItems = publicItems;
        this.demo = demo;
        this.verdicts = verdicts;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "ideas.module.name";
    }

    @Override
    public String descriptionKey() {
        return "ideas.module.description";
    }

    @Override
    public String path() {
        return "ideeen";
    }

    @Override
    public String changelog() {
        return "db/tenant/ideas/master.yaml";
    }
    @Override public List<Class<? extends nl.rugzak.platform.participation.ApiResource>> apiResources() { return List.of(nl.rugzak.platform.participation.ideas.api.IdeasApi.class); }

    @Override
    public List<StaffEntry> staffMenu() {
        return List.of(new StaffEntry("/beheer/ideeen", "ideas.staff.menu", EDITORS));
    }

    @Override
    public List<WaitingForStaff> waitingForStaff() {
        return List.of(new WaitingForStaff(EDITORS, "/beheer/ideeen", "ideas.waiting.verdict",
                verdicts::waitingCount));
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
        return Optional.of(sharing);
    }

    @Override
    public Optional<ModuleActivity> activity() {
        return Optional.of(sharing);
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
