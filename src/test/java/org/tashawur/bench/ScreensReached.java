package org.tashawur.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * Counts the screens that have run an item's change, from the workspace's own debug line
 * ("Signal of item … reached a screen"). The Collaboration Engine hands a change to each screen
 * on its own threads, so a screen's queue may still be empty when the benchmark looks at it:
 * without this count, a fan-out could be timed before most screens had even been handed it.
 */
final class ScreensReached implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("org.tashawur.workspace.ui.WorkspaceView");
    private final Level level = logger.getLevel();
    private final boolean additive = logger.isAdditive();
    private final AtomicInteger count = new AtomicInteger();
    private final AppenderBase<ILoggingEvent> appender;

    ScreensReached(long itemId) {
        appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                Object[] args = event.getArgumentArray();
                if (event.getMessage().startsWith("Signal of item") && args != null && args.length > 0
                        && Long.valueOf(itemId).equals(args[0])) {
                    count.incrementAndGet();
                }
            }
        };
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false); // counted, not printed
        logger.setLevel(Level.DEBUG);
    }

    int count() {
        return count.get();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(level);
        logger.setAdditive(additive);
        appender.stop();
    }
}
