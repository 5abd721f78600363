package nl.rugzak.platform.modules;

import java.time.Instant;
import java.util.List;

/** What a module contributes to "latest activity" on the home page: only public, visible items. */
public interface ModuleActivity {

    /** {@code kindKey} names the kind of item in the text bundles ("Nieuw initiatief"). */
    record Activity(String kindKey, String title, String link, Instant at) {
    }

    String module();

    List<Activity> recent(int limit);
}
