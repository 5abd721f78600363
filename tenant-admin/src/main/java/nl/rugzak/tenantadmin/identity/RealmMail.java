package nl.rugzak.tenantadmin.identity;

import java.util.HashMap;
import java.util.Map;

import nl.rugzak.tenantadmin.mail.MailIdentity;

/**
 * The SMTP server through which Keycloak mails residents (address verification, password reset, invitations), and
 * how a realm signs that mail. Without a server no realm lets residents register themselves: an account whose
 * address nobody verified must not be made.
 *
 * @param fromName the sender name residents see (the municipality's), or empty
 * @param replyTo  where replies go, or empty
 * @param footer   the text under every mail (shown by Rugzak's e-mail theme), or empty
 */
public record RealmMail(String host, int port, String username, String password, boolean startTls, String from,
                        String fromName, String replyTo, String footer) {

    public static final RealmMail NONE = new RealmMail("", 25, "", "", false, "");

    public RealmMail(String host, int port, String username, String password, boolean startTls, String from) {
        this(host, port, username, password, startTls, from, "", "", "");
    }

    public RealmMail {
        host = host == null ? "" : host.trim();
        username = username == null ? "" : username.trim();
        password = password == null ? "" : password;
        from = from == null || from.isBlank() ? "noreply@" + host : from.trim();
        fromName = fromName == null ? "" : fromName.trim();
        replyTo = replyTo == null ? "" : replyTo.trim();
        footer = footer == null ? "" : footer.trim();
    }

    public boolean configured() {
        return !host.isEmpty();
    }

    /** The same server, signed as the municipality signs its mail. */
    public RealmMail signedBy(MailIdentity identity) {
        return new RealmMail(host, port, username, password, startTls, identity.fromAddress(), identity.senderName(),
                identity.replyTo(), identity.footer());
    }

    @Override
    public String toString() {
        return "RealmMail[" + (configured() ? username + "@" + host + ":" + port + " from " + from : "none") + "]";
    }

    /** Keycloak's realm setting {@code smtpServer}. */
    Map<String, String> smtpServer() {
        Map<String, String> smtp = new HashMap<>();
        smtp.put("host", host);
        smtp.put("port", String.valueOf(port));
        smtp.put("from", from);
        if (!fromName.isEmpty()) {
            smtp.put("fromDisplayName", fromName);
        }
        if (!replyTo.isEmpty()) {
            smtp.put("replyTo", replyTo);
        }
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
