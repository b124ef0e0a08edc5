package org.tashawur;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** How many SQL statements Hibernate prepared while an action ran (its statistics on only meanwhile). */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static long during(EntityManagerFactory factory, Runnable action) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long before = statistics.getPrepareStatementCount();
            action.run();
            return statistics.getPrepareStatementCount() - before;
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
