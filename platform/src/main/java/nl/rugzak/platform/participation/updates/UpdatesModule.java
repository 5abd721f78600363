package nl.rugzak.platform.participation.updates;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.moderation.ModeratedContent;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.PersonalData;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import nl.rugzak.platform.widget.WidgetSource;
import org.springframework.stereotype.Component;

/** Nieuws: updates about the site, a topic or an initiative, with Atom feeds. */
@Component
public class UpdatesModule implements ModuleManifest {

    public static final String ID = "updates";

    private final UpdatesPersonalData personalData;
    private final UpdateModeration moderation;
    private final UpdateSharing sharing;
    private final UpdateActivity activity;

    UpdatesModule(UpdatesPersonalData personalData, UpdateModeration moderation, UpdateSharing sharing,
                  UpdateActivity activity) {
        this.personalData = personalData;
        this.moderation = moderation;
        this.sharing = sharing;
        this.activity = activity;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "updates.module.name";
    }

    @Override
    public String descriptionKey() {
        return "updates.module.description";
    }

    @Override
    public String path() {
        return "nieuws";
    }

    @Override
    public String changelog() {
        return "db/tenant/updates/master.yaml";
    }
    @Override public List<Class<? extends nl.rugzak.platform.participation.ApiResource>> apiResources() { return List.of(nl.rugzak.platform.participation.updates.api.UpdatesApi.class); }

    @Override
    public List<StaffEntry> staffMenu() {
        return List.of(new StaffEntry("/beheer/nieuws", "updates.staff.menu", List.of("editor", "tenant-admin")));
    }

    @Override
    public List<NotificationKind> notificationKinds() {
        return List.of(NotificationKind.FOLLOWED_NEWS);
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
        return Optional.of(activity);
    }

    @Override
    public List<WidgetSource> widgets() {
        return List.of(sharing);
    }

    @Override
    public List<Feed> feeds() {
        return List.of(new Feed("/feeds/nieuws.atom", "application/atom+xml", "updates.feed.link"));
    }
}
