package nl.rugzak.platform.modules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A view that belongs to a participation module: at a tenant that has the module switched off it is not found. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModulePage {

    /** The module's catalogue id. */
    String value();
}
