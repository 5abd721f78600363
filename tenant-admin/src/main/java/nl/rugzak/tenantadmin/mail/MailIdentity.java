package nl.rugzak.tenantadmin.mail;

/**
 * How a municipality signs its mail: the sender name residents see, the From and Reply-To addresses and the footer
 * under every message. Keycloak's realm mail and Rugzak's own notifications use the same identity.
 */
public record MailIdentity(String senderName, String fromAddress, String replyTo, String footer) {
}
