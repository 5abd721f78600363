package nl.rugzak.platform.participation.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The demo report's photo: a flat drawing of the evening in the town hall, residents around a table with a map of the
 * town centre and a flip-over full of notes. Drawn for this project with Java2D (own work: no licence to track, nothing
 * downloaded) and shipped as a small PNG, because only the media layer may encode images. {@link #ALT} says the same in
 * words.
 */
final class DemoReportPhoto {

    static final String ALT = "Tekening van de inloopavond: zes bewoners rond een tafel met een grote kaart van het "
            + "centrum, en een flip-over vol gele briefjes met hun ideeën.";
    static final int WIDTH = 960;
    static final String RESOURCE = "/demo/events/inloopavond.png";

    private DemoReportPhoto() {
    }

    /** The drawing as PNG bytes, to go through the same cleaning as a staff upload. */
    static byte[] png() {
        try (InputStream in = DemoReportPhoto.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo photo " + RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
