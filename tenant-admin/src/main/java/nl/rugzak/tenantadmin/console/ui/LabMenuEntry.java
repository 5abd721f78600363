package nl.rugzak.tenantadmin.console.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a control-plane view in the lab's menu, so {@link LabLayout} is built from the routes it finds instead of
 * importing every page (a new lab page is one annotated view, nothing else changes).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LabMenuEntry {

    /** The menu text's key in the bundles. */
    String labelKey();

    /** Position in the menu, lowest first. */
    int order();
}
