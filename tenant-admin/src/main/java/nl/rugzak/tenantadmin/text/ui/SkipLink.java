package nl.rugzak.tenantadmin.text.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;

/**
 * "Skip to content", the first stop of every page. Following the plain {@code #main-content} link made Vaadin's
 * router render the view again (a new fragment counts as a navigation), so focus fell back to the top of the page;
 * the link therefore moves focus itself, and stays an ordinary link for a browser without script.
 */
public class SkipLink extends Anchor {

    public static final String TARGET = "main-content";

    public SkipLink() {
        super("#" + TARGET, "");
        addClassName("rugzak-skip-link");
        setRouterIgnore(true);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        setText(getTranslation("language.skip-to-content"));
        getElement().executeJs("""
                this.addEventListener('click', event => {
                    const main = document.getElementById($0);
                    if (main) {
                        event.preventDefault();
                        main.focus();
                        main.scrollIntoView();
                    }
                });""", TARGET);
    }
}
