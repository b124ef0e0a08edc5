package org.tashawur.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The production jar ({@code -Pproduction}, built by bench/run) in a JVM of its own, as it is
 * deployed, on the benchmark's MariaDB database: the benchmark writes what a meeting needs before
 * the pages open it, and the server reads it from there.
 * The process is wrapped in coreutils' {@code timeout}, so that it cannot outlive a benchmark
 * that was killed before it could stop it; its output goes to a file, at warning level.
 */
final class ProductionServer implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final String LIFETIME_LIMIT = "3600";

    private final Process process;
    private final int port;
    private final String heap;
    private final Thread stopOnExit;

    private ProductionServer(Process process, int port, String heap) {
        this.process = process;
        this.port = port;
        this.heap = heap;
        this.stopOnExit = new Thread(process::destroy, "stop-production-server");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** The jar bench/run built, named by {@code -Dbench.serverJar}. */
    static Path jar() {
        String named = System.getProperty("bench.serverJar");
        if (named == null || !Files.isRegularFile(Path.of(named))) {
            throw new IllegalStateException("The benchmark measures the production jar: run it with bash bench/run,"
                    + " which builds the jar and names it with -Dbench.serverJar (got " + named + ")");
        }
        return Path.of(named);
    }

    static ProductionServer start(Path jar, DataSource database, int port, String heap, Path log) {
        HikariDataSource hikari = (HikariDataSource) database;
        List<String> command = new ArrayList<>(List.of("timeout", "--kill-after=10", LIFETIME_LIMIT,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
        // -Dbench.serverJfr=FILE records the server with the JDK's "profile" settings (or the
        // settings file -Dbench.serverJfrSettings names), to see where its time goes while the pages edit.
        String jfr = System.getProperty("bench.serverJfr");
        if (jfr != null) {
            command.add("-XX:StartFlightRecording=settings=" + System.getProperty("bench.serverJfrSettings", "profile")
                    + ",dumponexit=true,filename=" + jfr);
        }
        if (!jvmOptions().isEmpty()) {
            command.addAll(List.of(jvmOptions().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--logging.level.root=warn",
                "--logging.level.org.tashawur=" + System.getProperty("bench.serverLogLevel", "info"), "--spring.jmx.enabled=false", "--tashawur.demo-data=false"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("TASHAWUR_DB_URL", hikari.getJdbcUrl());
        env.put("TASHAWUR_DB_USER", hikari.getUsername());
        env.put("TASHAWUR_DB_PASSWORD", hikari.getPassword() == null ? "" : hikari.getPassword());
        try {
            Files.createDirectories(log.getParent());
            ProductionServer server = new ProductionServer(builder.start(), port, heap);
            server.awaitReady(log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the production jar " + jar, e);
        }
    }

    private void awaitReady(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                close();
                throw new IllegalStateException("The production jar stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url(""))).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() < 500) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("The production jar did not answer within " + START_LIMIT + "; see " + log);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** The process id of the server's JVM (the child of {@code timeout}), for its CPU time. */
    long pid() {
        return process.toHandle().children().findFirst().map(ProcessHandle::pid).orElse(process.pid());
    }

    /**
     * Options added to the server's JVM with {@code -Dbench.serverJvmOptions="-XX:A -XX:B"} (an
     * experiment on its garbage collector, say); the description of the server names them.
     */
    private static String jvmOptions() {
        return System.getProperty("bench.serverJvmOptions", "").trim();
    }

    String description() {
        return "production jar (-Pproduction), own JVM with -Xmx" + heap + (jvmOptions().isEmpty() ? "" : " " + jvmOptions());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
