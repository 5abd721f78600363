package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A stranger's malformed request is the client's mistake: it gets a 4xx and leaves one WARN line in the log, never an
 * ERROR with a stack trace that buries real failures and fills the disk.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorLoggingIT extends IntegrationTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void malformedUidlJsonIsOneWarning(CapturedOutput output) throws Exception {
        HttpSite site = site("voorbeeld.localhost");
        HttpResponse<String> init = site.get("/?v-r=init&location=&query=");
        String session = HttpSite.sessionCookie(init);
        assertThat(session).isNotNull();
        int from = output.getAll().length();

        HttpResponse<String> answer = post("/?v-r=uidl&v-uiId=0", "JSESSIONID=" + session, "application/json",
                HttpRequest.BodyPublishers.ofString("{\"csrfToken\": [unterminated"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertOneWarning(output, from);
    }

    @Test
    void brokenPercentEncodingInAQueryIsOneWarningEach(CapturedOutput output) throws IOException {
        // Sent over a plain socket: Java's own HTTP client refuses to send such an address at all.
        for (String address : java.util.List.of("/initiatieven?zoek=%E0%A4%zz",
                "/?v-r=init&location=initiatieven&query=zoek%3D%25zz", "/initiatieven?zoek=100%")) {
            int from = output.getAll().length();
            assertThat(rawGetStatus(address)).as(address).isEqualTo(400);
            assertOneWarning(output, from);
        }
    }

    private int rawGetStatus(String address) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + address + " HTTP/1.1\r\nHost: voorbeeld.localhost:" + port
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void anOversizedChunkedPostIsOneWarning(CapturedOutput output) throws Exception {
        HttpSite site = site("voorbeeld.localhost");
        String session = HttpSite.sessionCookie(site.get("/?v-r=init&location=&query="));
        int from = output.getAll().length();
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        // Half a megabyte over the limit, without a Content-Length: the server learns the size only while reading.
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            private long left = MalformedRequests.UIDL_LIMIT + 512L * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(Math.min(length, chunk.length), left);
                System.arraycopy(chunk, 0, buffer, offset, n);
                left -= n;
                return n;
            }
        });

        HttpResponse<String> answer = post("/?v-r=uidl&v-uiId=0", "JSESSIONID=" + session, "application/json", body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertOneWarning(output, from);
    }

    /** One WARN line from the request's own thread; no ERROR and no stack trace from anyone meanwhile. */
    private static void assertOneWarning(CapturedOutput output, int from) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(requestWarnings(output, from)).isNotEmpty());
        String logged = output.getAll().substring(from);
        assertThat(logged).as(logged).doesNotContain(" ERROR ").doesNotContainPattern("(?m)^\\s+at [a-z]");
        assertThat(requestWarnings(output, from)).as(logged).hasSize(1);
    }

    private static java.util.List<String> requestWarnings(CapturedOutput output, int from) {
        return output.getAll().substring(from).lines()
                .filter(line -> line.contains(" WARN ") && line.contains("-exec-")).toList();
    }

    private HttpResponse<String> post(String path, String cookie, String type, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Host", "voorbeeld.localhost:" + port)
                .header("Cookie", cookie)
                .header("Content-Type", type)
                .POST(body).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
