package nl.rugzak.platform.operations;

import io.micrometer.common.KeyValues;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Boot's {@code http.server.requests} with a {@code tenant} tag: which municipality's site is slow or failing. The
 * tag's values are the registry's slugs (plus {@code admin} and {@code none}), never what a visitor typed.
 */
class TenantRequestConvention extends DefaultServerRequestObservationConvention {

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and("tenant", TenantTag.of(context.getCarrier()));
    }
}
