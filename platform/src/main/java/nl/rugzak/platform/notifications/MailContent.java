package nl.rugzak.platform.notifications;

import java.util.List;
import java.util.Locale;

import nl.rugzak.tenantadmin.mail.MailIdentity;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of one mail, in the recipient's language and signed by the municipality (its identity's footer): a
 * plain text and an HTML part saying the same, every text from residents or staff escaped in the HTML.
 */
record MailContent(String subject, String text, String html) {

    /** One notification as the mail and the in-site list show it. */
    record Item(NotificationKind kind, String title, String detail, String detailKey, String link) {

        /** From the columns kind, title, detail, detail_key, link starting at {@code first}; empty for a kind no longer known. */
        static java.util.Optional<Item> read(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
            var kind = NotificationKind.byId(rs.getString(first));
            if (kind.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Item(kind.get(), rs.getString(first + 1), rs.getString(first + 2),
                    rs.getString(first + 3), rs.getString(first + 4)));
        }

        String subject(Locale language) {
            return Texts.get(language, kind.subjectKey(), title, detail == null ? "" : detail, detailText(language));
        }

        String body(Locale language) {
            // A kind whose text introduces its detail ("Reden: …") has a text of its own for when there is none.
            String key = detail == null && Texts.has(language, kind.bodyWithoutDetailKey()) ? kind.bodyWithoutDetailKey()
                    : kind.bodyKey();
            return Texts.get(language, key, title, detail == null ? "" : detail, detailText(language));
        }

        private String detailText(Locale language) {
            return detailKey == null || !Texts.has(language, detailKey) ? "" : Texts.get(language, detailKey);
        }
    }

    static MailContent single(Locale language, String name, Item item, String link, String unsubscribe,
                              String settings, MailIdentity identity, MailStyle style) {
        String greeting = Texts.get(language, "notifications.mail.greeting", name);
        String open = Texts.get(language, "notifications.mail.open");
        String text = greeting + "\n\n" + item.body(language) + "\n\n" + open + ": " + link + "\n\n"
                + footer(language, identity, unsubscribe, settings);
        String html = "<p>" + esc(greeting) + "</p><p>" + esc(item.body(language)) + "</p>"
                + "<p>" + a(style, link, open) + "</p>"
                + htmlFooter(language, identity, unsubscribe, settings, style);
        return new MailContent(item.subject(language), text, page(language, identity, style, html));
    }

    static MailContent digest(Locale language, String name, Delivery period, List<Item> items, List<String> links,
                              String unsubscribe, String settings, MailIdentity identity, MailStyle style) {
        String prefix = period == Delivery.DAILY ? "notifications.digest.daily" : "notifications.digest.weekly";
        String subject = Texts.count(language, prefix + ".subject", items.size(), identity.senderName());
        StringBuilder text = new StringBuilder(Texts.get(language, "notifications.mail.greeting", name))
                .append("\n\n").append(Texts.get(language, prefix + ".intro")).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(esc(Texts.get(language, "notifications.mail.greeting", name)))
                .append("</p><p>").append(esc(Texts.get(language, prefix + ".intro"))).append("</p><ul>");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            text.append("- ").append(item.subject(language)).append("\n  ").append(links.get(i)).append("\n");
            html.append("<li>").append(a(style, links.get(i), item.subject(language))).append("</li>");
        }
        text.append("\n").append(footer(language, identity, unsubscribe, settings));
        html.append("</ul>").append(htmlFooter(language, identity, unsubscribe, settings, style));
        return new MailContent(subject, text.toString(), page(language, identity, style, html.toString()));
    }

    private static String footer(Locale language, MailIdentity identity, String unsubscribe, String settings) {
        return "-- \n" + identity.footer() + "\n" + Texts.get(language, "notifications.mail.why") + "\n"
                + Texts.get(language, "notifications.mail.unsubscribe") + ": " + unsubscribe + "\n"
                + Texts.get(language, "notifications.mail.settings") + ": " + settings;
    }

    private static String htmlFooter(Locale language, MailIdentity identity, String unsubscribe,
                                     String settings, MailStyle style) {
        return "<hr><p>" + esc(identity.footer()) + "<br>" + esc(Texts.get(language, "notifications.mail.why"))
                + "<br>" + a(style, unsubscribe, Texts.get(language, "notifications.mail.unsubscribe"))
                + "<br>" + a(style, settings, Texts.get(language, "notifications.mail.settings")) + "</p>";
    }

    /**
     * The page around the words: a heading bar in the municipality's primary colour with its logo and name. Styles
     * are inline because many mail programs drop style sheets; every value in them is a parsed colour or an escaped URL.
     */
    private static String page(Locale language, MailIdentity identity, MailStyle style, String body) {
        String name = esc(identity.senderName());
        String logo = style.logoUrl()
                .map(url -> "<img src=\"" + esc(url) + "\" alt=\"" + name
                        + "\" style=\"max-height:48px;max-width:200px;vertical-align:middle;margin-right:12px\">")
                .orElse("");
        return "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                + name + "</title></head><body style=\"margin:0;font-family:sans-serif;line-height:1.5;" + style.body()
                + "\"><div style=\"padding:12px 16px;" + style.bar() + "\">" + logo
                + "<h1 style=\"display:inline;font-size:1.25rem;vertical-align:middle;" + style.bar() + "\">" + name
                + "</h1></div><div style=\"padding:0 16px\">" + body + "</div></body></html>";
    }

    private static String a(MailStyle style, String href, String words) {
        return "<a href=\"" + esc(href) + "\" style=\"" + style.link() + "\">" + esc(words) + "</a>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
