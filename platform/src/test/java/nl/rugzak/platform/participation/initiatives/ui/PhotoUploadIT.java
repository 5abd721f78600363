package nl.rugzak.platform.participation.initiatives.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.InitiativeImages;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.SiteUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A resident adds photos to an initiative (browserless): a refused photo gets a Dutch message and the upload is
 * ready for the next file at once (no "Too Many Files."), and a file larger than the limit is refused after reading
 * at most the limit, never whole.
 */
class PhotoUploadIT extends IntegrationTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    Initiatives initiatives;
    @Autowired
    DemoUsers users;
    @Autowired
    nl.rugzak.platform.support.MovableClock clock;

    private final List<String> javaScript = new ArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> recorder = invocation -> {
        javaScript.add(invocation.getInvocation().getExpression());
        return Unit.INSTANCE;
    };

    @BeforeEach
    void identity() {
        awaitIdentity();
        clock.advance(java.time.Duration.ofDays(1));
        users.ensureResident("voorbeeld", "fotograaf2");
        KaribuConfig.getPendingJavascriptInvocationHandlers().add(recorder);
    }

    @AfterEach
    void stopRecording() {
        KaribuConfig.getPendingJavascriptInvocationHandlers().remove(recorder);
    }

    @Test
    void aRefusedPhotoGetsADutchMessageAndTheNextUploadWorks() {
        long id = users.as("voorbeeld", "fotograaf2", () -> initiatives.create(new InitiativeDraft(
                "Bankjes in het park", "Zitten in de schaduw.", "", "", null, "", false)));
        new SiteUi(application).visit("voorbeeld", "fotograaf2", () -> {
            UI.getCurrent().navigate("initiatieven/" + id + "/bewerken");
            InitiativeFormView form = _get(InitiativeFormView.class);
            Upload upload = _get(form, Upload.class);
            assertThat(upload.getI18n()).as("the upload speaks Dutch, also in its own messages").isNotNull();
            assertThat(upload.getI18n().getError().getTooManyFiles()).isEqualTo("Kies één bestand tegelijk.");
            assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Bestand kiezen…");
            assertThat(upload.getI18n().getUploading().getError().getUnexpectedServerError()).startsWith("Er ging iets mis");

            _setValue(_get(form, TextField.class, spec -> spec.withLabel("Wat staat er op de foto? (voor wie hem niet kan zien)")),
                    "Een bankje onder een boom");
            javaScript.clear();
            UploadKt._upload(upload, "kapot.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2});
            assertThat(form.feedback.getText()).contains("beschadigd");
            assertThat(javaScript).as("the refused file leaves the upload's list, so the next one is not 'too many'")
                    .anySatisfy(js -> assertThat(js).contains("this.files = [];"));

            UploadKt._upload(_get(form, Upload.class), "bank.png", png(60));
            assertThat(form.feedback.getText()).isEqualTo("De foto is toegevoegd.");
            assertThat(initiatives.view(id).images()).hasSize(1);
        });
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingReadWhole() {
        long id = users.as("voorbeeld", "fotograaf2", () -> initiatives.create(new InitiativeDraft(
                "Plantenbakken", "Groen in de straat.", "", "", null, "", false)));
        new SiteUi(application).visit("voorbeeld", "fotograaf2", () -> {
            UI.getCurrent().navigate("initiatieven/" + id + "/bewerken");
            InitiativeFormView form = _get(InitiativeFormView.class);
            Upload upload = _get(form, Upload.class);
            UploadHandler handler = UploadKt.get_handler(upload);
            assertThat(handler.getRequestSizeMax()).as("Vaadin refuses a longer request by its Content-Length")
                    .isBetween((long) InitiativeImages.MAX_BYTES, InitiativeImages.MAX_BYTES + 1024L * 1024);

            _setValue(_get(form, TextField.class, spec -> spec.withLabel("Wat staat er op de foto? (voor wie hem niet kan zien)")),
                    "Een plantenbak");
            AtomicLong read = new AtomicLong();
            long twentyMb = 20L * 1024 * 1024;
            InputStream endless = new InputStream() {
                @Override
                public int read() {
                    return read.incrementAndGet() > twentyMb ? -1 : 0;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    long left = twentyMb - read.get();
                    if (left <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    read.addAndGet(n);
                    return n;
                }
            };
            VaadinRequest request = (VaadinRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {VaadinRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getInputStream" -> endless;
                        case "getContentLengthLong" -> -1L;
                        case "getContentLength" -> -1;
                        default -> method.getReturnType() == boolean.class ? false : null;
                    });
            try {
                handler.handleUploadRequest(new UploadEvent(request, null, VaadinSession.getCurrent(), "groot.jpg",
                        -1, "image/jpeg", upload.getElement(), null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException refused) {
                // A handler may also refuse by failing the upload request; what counts is what it read.
            }
            MockVaadin.clientRoundtrip(false);
            assertThat(read.get()).as("bytes read of a 20 MB upload").isLessThanOrEqualTo(InitiativeImages.MAX_BYTES + 1L);
            assertThat(form.feedback.getText()).contains("te groot").contains("5 MB");
            assertThat(initiatives.view(id).images()).isEmpty();
        });
    }

    static byte[] png(int size) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
