package nl.rugzak.platform.widget;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.stereotype.Service;

/** The widget kinds this tenant offers: those of enabled modules. */
@Service
public class Widgets {

    private final List<WidgetSource> sources;
    private final EnabledModules modules;

    public Widgets(List<WidgetSource> sources, EnabledModules modules) {
        this.sources = sources;
        this.modules = modules;
    }

    /** In the municipality's module order, so its first module's widget is the one staff are offered first. */
    public List<WidgetSource> available() {
        List<String> order = modules.inOrder().stream().map(module -> module.id()).toList();
        return sources.stream().filter(source -> order.contains(source.module()))
                .sorted(java.util.Comparator.comparingInt(source -> order.indexOf(source.module()))).toList();
    }

    public Optional<WidgetSource> find(String kind) {
        return available().stream().filter(source -> source.kind().equals(kind)).findFirst();
    }

    /** The bundle's heading for a widget kind it knows, else the module's own (Dutch) heading. */
    public static String heading(Locale language, WidgetSource source) {
        String key = "widget.heading." + source.kind();
        return Texts.has(language, key) ? Texts.get(language, key) : source.heading();
    }

    public static String path(WidgetSource source, int count) {
        return "/widget/" + source.kind() + "?aantal=" + count;
    }
}
