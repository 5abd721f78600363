package nl.rugzak.platform.participation.topics;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.PersonalData;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import org.springframework.stereotype.Component;

/** Beleidsthema's: what the municipality works on, its plans and questions, and what residents bring to it. */
@Component
public class TopicsModule implements ModuleManifest {

    public static final String ID = "topics";

    private final TopicPageDescriber describer;
    private final PolicyTopics topics;
    private final TopicsDemo demo;

    TopicsModule(TopicPageDescriber describer, PolicyTopics topics, TopicsDemo demo) {
        this.demo = demo;
        this.describer = describer;
        this.topics = topics;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "topics.module.name";
    }

    @Override
    public String descriptionKey() {
        return "topics.module.description";
    }

    @Override
    public String path() {
        return "themas";
    }

    @Override
    public String changelog() {
        return "db/tenant/topics/master.yaml";
    }
    @Override public List<Class<? extends nl.rugzak.platform.participation.ApiResource>> apiResources() { return List.of(nl.rugzak.platform.participation.topics.api.TopicsApi.class); }

    @Override
    public List<StaffEntry> staffMenu() {
        return List.of(new StaffEntry("/beheer/themas", "topics.staff.menu", List.of("editor", "tenant-admin")));
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.none("Topics are written by staff; their contact is a municipal role, not a resident. "
                + "Who follows a topic is kept by the news module.");
    }

    @Override
    public Optional<SharedPageDescriber> pageDescriber() {
        return Optional.of(describer);
    }

    @Override
    public Optional<ModuleActivity> activity() {
        return Optional.of(topics);
    }

    @Override
    public Optional<ModuleDemo> demo() {
        return Optional.of(demo);
    }
}
