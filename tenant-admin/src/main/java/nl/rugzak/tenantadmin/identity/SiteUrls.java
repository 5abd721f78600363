package nl.rugzak.tenantadmin.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a host into the base URL residents use. In production that is https on the default port (a TLS-terminating
 * proxy's); in the embedded default it is http on whatever port the server got. "auto" means just that.
 */
@Component
public class SiteUrls {

    private final String scheme;
    private final String configuredPort;
    private volatile int serverPort = -1;

    public SiteUrls(@Value("${rugzak.sites.scheme:http}") String scheme,
                    @Value("${rugzak.sites.port:auto}") String configuredPort) {
        this.scheme = scheme;
        this.configuredPort = configuredPort == null ? "" : configuredPort.trim();
    }

    /** Tells the port the web server listens on, for {@code rugzak.sites.port=auto}. */
    public void serverStarted(int port) {
        this.serverPort = port;
    }

    public String baseUrl(String host) {
        String port = "auto".equals(configuredPort) ? autoPort() : configuredPort;
        boolean defaultPort = port.isEmpty() || ("http".equals(scheme) && "80".equals(port))
                || ("https".equals(scheme) && "443".equals(port));
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /** https is a TLS-terminating proxy's, on its default port; http is this server's own port. */
    private String autoPort() {
        return "https".equals(scheme) || serverPort <= 0 ? "" : String.valueOf(serverPort);
    }
}
