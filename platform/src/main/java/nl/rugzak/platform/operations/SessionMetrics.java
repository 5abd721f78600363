package nl.rugzak.platform.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Open Vaadin sessions and UIs (browser tabs) per municipality: {@code rugzak.vaadin.sessions} and
 * {@code rugzak.vaadin.uis}. What an instance holds in memory, and how many people lose their page when it goes away.
 * The tenant is taken where the session or UI starts (a request of its site) and kept with it, since a session ends
 * on a timer thread that has none.
 */
@Component
class SessionMetrics implements VaadinServiceInitListener {

    private static final String SESSION_TAG = SessionMetrics.class.getName() + ".tenant";

    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> sessions = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> uis = new ConcurrentHashMap<>();

    SessionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            String tenant = TenantTag.current();
            init.getSession().setAttribute(SESSION_TAG, tenant);
            count(sessions, "rugzak.vaadin.sessions", tenant).incrementAndGet();
        });
        event.getSource().addSessionDestroyListener(destroy -> {
            if (destroy.getSession().getAttribute(SESSION_TAG) instanceof String tenant) {
                count(sessions, "rugzak.vaadin.sessions", tenant).decrementAndGet();
            }
        });
        event.getSource().addUIInitListener(init -> {
            String tenant = TenantTag.current();
            count(uis, "rugzak.vaadin.uis", tenant).incrementAndGet();
            init.getUI().addDetachListener(detach -> count(uis, "rugzak.vaadin.uis", tenant).decrementAndGet());
        });
    }

    private AtomicInteger count(Map<String, AtomicInteger> counts, String name, String tenant) {
        return counts.computeIfAbsent(tenant, t -> {
            AtomicInteger count = new AtomicInteger();
            Gauge.builder(name, count, AtomicInteger::get).tag("tenant", t).register(registry);
            return count;
        });
    }
}
