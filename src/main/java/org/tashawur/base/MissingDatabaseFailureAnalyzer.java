package org.tashawur.base;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Says which variables to set when the production build starts without a database. */
class MissingDatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // Spring Boot's exception for a data source without URL is not public: match its name.
            if (t.getClass().getSimpleName().equals("DataSourceBeanCreationException")) {
                return new FailureAnalysis(
                        "Tashawur has no database: TASHAWUR_DB_URL is not set, and this build has no embedded MariaDB.",
                        "Set TASHAWUR_DB_URL (for example jdbc:mariadb://db-host:3306/tashawur), TASHAWUR_DB_USER and "
                                + "TASHAWUR_DB_PASSWORD, or run the development build (./mvnw), which starts its own MariaDB.",
                        t);
            }
        }
        return null;
    }
}
