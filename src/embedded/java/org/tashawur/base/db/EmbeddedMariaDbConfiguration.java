package org.tashawur.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.tashawur.base.EmbeddedDatabaseMarker;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB and points the data source at it, unless an external database is
 * given with {@code TASHAWUR_DB_URL}. Only compiled into development builds (see the pom's
 * {@code embedded-db} profile).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${TASHAWUR_DB_URL:}'.isEmpty() and ${tashawur.embedded-db.enabled:true}")
class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(
            @Value("${tashawur.embedded-db.data-dir}") Path dataDir,
            @Value("${tashawur.embedded-db.port:3307}") int port) {
        return EmbeddedMariaDb.start(dataDir, port);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db,
            @Value("${tashawur.embedded-db.database:tashawur}") String database) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(db.jdbcUrl(database))
                .username("root")
                .password("")
                .build();
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }

    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker(EmbeddedMariaDb db) {
        return new EmbeddedDatabaseMarker(db.port());
    }
}
