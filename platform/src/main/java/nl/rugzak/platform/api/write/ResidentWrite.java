package nl.rugzak.platform.api.write;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module's controller of the write API ({@code POST}, {@code PUT}, {@code DELETE} under {@code /api/v1}): its
 * requests carry a resident's bearer token of the municipality's own realm ({@link TenantBearerTokens}), it calls the
 * same services as the module's pages, and its refusals are answered as problems by {@link WriteProblems}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ResidentWrite {
}
