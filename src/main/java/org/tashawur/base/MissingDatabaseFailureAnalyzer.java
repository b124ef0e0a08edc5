package org.tashawur.base;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties.DataSourceBeanCreationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says which variables to set when the production build starts without a database. */
class MissingDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DataSourceBeanCreationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataSourceBeanCreationException cause) {
        return new FailureAnalysis(
                "Tashawur has no database: TASHAWUR_DB_URL is not set, and this build has no embedded MariaDB.",
                "Set TASHAWUR_DB_URL (for example jdbc:mariadb://db-host:3306/tashawur), TASHAWUR_DB_USER and "
                        + "TASHAWUR_DB_PASSWORD, or run the development build (./mvnw) which starts its own MariaDB.",
                cause);
    }
}
