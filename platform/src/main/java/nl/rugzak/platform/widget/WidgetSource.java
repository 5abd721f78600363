package nl.rugzak.platform.widget;

import java.time.Instant;
import java.util.List;

/**
 * A module's contribution to the embeddable widget: a list of its latest public items, e.g. initiatives (and, once
 * that module exists, updates). The widget asks only when the module is enabled at the tenant.
 */
public interface WidgetSource {

    /** The last path segment of the widget URL, e.g. {@code initiatieven} for {@code /widget/initiatieven}. */
    String kind();

    /** The participation module the items come from. */
    String module();

    /** The widget's heading, e.g. "Laatste initiatieven". */
    String heading();

    /** Where "show all" leads on the site. */
    String overviewPath();

    /** At most {@code count} public, visible items of the current tenant, newest first. */
    List<Item> latest(int count);

    record Item(String title, String summary, String path, Instant date) {
    }
}
