package nl.rugzak.tenantadmin.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a host into the base URL residents use. In production that is https on the default port; in the embedded
 * default it is http on whatever port the server got ("auto").
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
        String port = "auto".equals(configuredPort) ? (serverPort > 0 ? String.valueOf(serverPort) : "") : configuredPort;
        boolean defaultPort = port.isEmpty() || ("http".equals(scheme) && "80".equals(port))
                || ("https".equals(scheme) && "443".equals(port));
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
