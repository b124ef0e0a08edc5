package org.tashawur.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What another JVM (the production server) holds: its heap after full collections and its class
 * histogram, read with the JDK's jcmd, and its threads, read from /proc.
 */
final class ServerJvm {

    private static final Pattern USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private ServerJvm() {
    }

    /** Bytes in use after two full collections of the JVM with process id {@code pid}. */
    static long usedHeapAfterFullGc(long pid) {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no heap size for process " + pid);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /**
     * How many threads the JVM has, by pool (its threads' names without their numbers, from
     * /proc): each thread keeps caches of its own (Jackson's buffers, NIO's temporary buffers).
     */
    static Map<String, Long> threads(long pid) {
        Map<String, Long> pools = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("\\d+", "N");
                    pools.merge(name, 1L, Long::sum);
                } catch (IOException ended) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException noProc) {
            return Map.of();
        }
        return pools;
    }

    /** The server's class histogram (live objects), for where its heap goes. */
    static String histogram(long pid) {
        return jcmd(pid, "GC.class_histogram");
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running jcmd", e);
        }
    }
}
