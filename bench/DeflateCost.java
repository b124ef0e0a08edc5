import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * What per-message compression ({@code permessage-deflate}) would cost the server for each push
 * connection, measured with the JDK's zlib as Tomcat 10.1 creates it for a connection (a raw
 * {@code Deflater} at the default level and an {@code Inflater}, both kept for the connection's
 * life). Decision record 0013.
 *
 * <pre>java -Xms64m -Xmx64m -XX:+AlwaysPreTouch bench/DeflateCost.java [connections] [messages]</pre>
 *
 * Prints the resident memory (RSS) per connection outside the heap (the heap is pre-touched, so
 * it does not grow the RSS) after each connection has compressed {@code messages} card messages,
 * and the time one compression of such a message takes.
 */
public class DeflateCost {

    /** A push message updating one card, as Vaadin sends it (the field names of ItemList's cards). */
    private static final String CARD = "{\"clientId\":%d,\"meta\":{\"async\":true},\"execute\":[[[0,51],[1,[{\"key\":\"%d\","
            + "\"statusNote\":\"\",\"reports\":0,\"editColor\":%d,\"canReport\":true,\"canHighlight\":false,"
            + "\"canEdit\":true,\"title\":\"عنوان %d\",\"answerLabel\":\"Sans réponse\",\"supports\":%d,"
            + "\"details\":\"%s\"}]]]]}";

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Random random = new Random(1);
        List<byte[]> sample = new ArrayList<>();
        for (int m = 0; m < 200; m++) {
            sample.add(message(random, m));
        }
        byte[] out = new byte[16_384];
        List<Object> kept = new ArrayList<>();
        long before = residentKb();
        for (int c = 0; c < connections; c++) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            for (int m = 0; m < messages; m++) {
                deflater.setInput(sample.get((c + m) % sample.size()));
                deflater.deflate(out, 0, out.length, Deflater.SYNC_FLUSH);
            }
            kept.add(deflater);
            kept.add(new Inflater(true));
        }
        long after = residentKb();
        Reference.reachabilityFence(kept); // every connection's zlib state is still there when the RSS is read
        System.out.printf("%d connections, %d messages each: %.0f KB per connection outside the heap%n",
                connections, messages, (after - before) / (double) connections);

        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        for (int round = 0; round < 3; round++) { // the last round is the one warmed up
            long raw = 0;
            long compressed = 0;
            long start = System.nanoTime();
            for (byte[] message : sample) {
                deflater.setInput(message);
                raw += message.length;
                compressed += deflater.deflate(out, 0, out.length, Deflater.SYNC_FLUSH);
            }
            double micros = (System.nanoTime() - start) / 1000.0 / sample.size();
            if (round == 2) {
                System.out.printf("a %d-byte card message compresses to %d bytes in %.0f µs%n",
                        raw / sample.size(), compressed / sample.size(), micros);
            }
        }
    }

    /** A card message with 600 letters of varied Arabic details, as an edited card carries. */
    private static byte[] message(Random random, int clientId) {
        StringBuilder details = new StringBuilder();
        for (int k = 0; k < 600; k++) {
            details.append((char) ('ا' + random.nextInt(28)));
            if (random.nextInt(6) == 0) {
                details.append(' ');
            }
        }
        return String.format(CARD, clientId, random.nextInt(500), random.nextInt(8), random.nextInt(99_999),
                random.nextInt(30), details).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long residentKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("No VmRSS in /proc/self/status");
    }
}
