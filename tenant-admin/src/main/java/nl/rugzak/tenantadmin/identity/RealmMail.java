package nl.rugzak.tenantadmin.identity;

import java.util.HashMap;
import java.util.Map;

/**
 * The SMTP server through which Keycloak mails residents (address verification, password reset). Without one no
 * realm lets residents register themselves: an account whose address nobody verified must not be made.
 */
public record RealmMail(String host, int port, String username, String password, boolean startTls, String from) {

    public static final RealmMail NONE = new RealmMail("", 25, "", "", false, "");

    public RealmMail {
        host = host == null ? "" : host.trim();
        username = username == null ? "" : username.trim();
        password = password == null ? "" : password;
        from = from == null || from.isBlank() ? "noreply@" + host : from.trim();
    }

    public boolean configured() {
        return !host.isEmpty();
    }

    @Override
    public String toString() {
        return "RealmMail[" + (configured() ? username + "@" + host + ":" + port : "none") + "]";
    }

    /** Keycloak's realm setting {@code smtpServer}. */
    Map<String, String> smtpServer() {
        Map<String, String> smtp = new HashMap<>();
        smtp.put("host", host);
        smtp.put("port", String.valueOf(port));
        smtp.put("from", from);
        smtp.put("starttls", String.valueOf(startTls));
        smtp.put("ssl", "false");
        smtp.put("auth", String.valueOf(!username.isEmpty()));
        if (!username.isEmpty()) {
            smtp.put("user", username);
            smtp.put("password", password);
        }
        return smtp;
    }
}
