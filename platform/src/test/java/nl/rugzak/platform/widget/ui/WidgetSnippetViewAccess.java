package nl.rugzak.platform.widget.ui;

/** Opens the snippet writer to tests in other packages. */
public final class WidgetSnippetViewAccess {

    private WidgetSnippetViewAccess() {
    }

    public static String iframe(String src, String title) {
        return WidgetSnippetView.iframe(src, title);
    }
}
