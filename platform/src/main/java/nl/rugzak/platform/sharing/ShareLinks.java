package nl.rugzak.platform.sharing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Plain share links to the big networks and e-mail: the visitor's browser opens them, no script of a third party
 * ever runs on our pages, and nobody learns who visited until someone actually shares.
 */
public final class ShareLinks {

    public record ShareLink(String label, String href) {
    }

    private ShareLinks() {
    }

    public static List<ShareLink> forPage(String title, String url) {
        String u = encode(url);
        String t = encode(title);
        return List.of(
                new ShareLink("WhatsApp", "https://wa.me/?text=" + encode(title + " " + url)),
                new ShareLink("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                new ShareLink("X", "https://x.com/intent/tweet?text=" + t + "&url=" + u),
                new ShareLink("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u),
                new ShareLink("E-mail", "mailto:?subject=" + t + "&body=" + encode(title + "\n\n" + url)));
    }

    /** Percent-encoding that also suits mailto: a space becomes %20, never '+' (mail programs show a '+'). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
