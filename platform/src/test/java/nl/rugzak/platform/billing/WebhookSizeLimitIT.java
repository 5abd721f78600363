package nl.rugzak.platform.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import nl.rugzak.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Stripe's webhook takes no body larger than it needs: a huge POST is answered 413 from its declared length (or,
 * without one, after the limit), before the rest is sent. The socket never sends the whole body, so a server that
 * waits to read it all gives no answer and the read times out.
 */
class WebhookSizeLimitIT extends IntegrationTest {

    private static final int TWENTY_MB = 20 * 1024 * 1024;

    @Test
    void aTwentyMegabytePostIsRefusedWith413BeforeItIsRead() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + StripeWebhookController.PATH + " HTTP/1.1\r\nHost: admin.localhost:" + port
                    + "\r\nContent-Type: application/json\r\nStripe-Signature: t=1,v1=00\r\nContent-Length: "
                    + TWENTY_MB + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[64 * 1024]);
            out.flush();
            assertThat(statusLine(socket)).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aChunkedPostWithoutLengthIsCutOffAtTheLimit() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + StripeWebhookController.PATH + " HTTP/1.1\r\nHost: admin.localhost:" + port
                    + "\r\nContent-Type: application/json\r\nStripe-Signature: t=1,v1=00\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[64 * 1024];
            // Twice the limit, and no closing chunk: only a server that stops at the limit can answer.
            for (int sent = 0; sent < 2 * StripeWebhookController.MAX_BODY_BYTES; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
            assertThat(statusLine(socket)).startsWith("HTTP/1.1 413");
        }
    }

    private static String statusLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
    }
}
