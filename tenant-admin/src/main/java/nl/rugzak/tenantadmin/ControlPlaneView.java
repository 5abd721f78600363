package nl.rugzak.tenantadmin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view of the lab's control plane: it is shown only on the admin host, never on a municipality's host.
 * Every view without it is a tenant view and is shown only on a tenant's host.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ControlPlaneView {
}
