package org.tashawur.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnexpectedErrorsTest {

    Instant now = Instant.parse("2022-01-05T09:00:00Z");
    UnexpectedErrors errors = new UnexpectedErrors(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @BeforeEach
    void open() {
        MockVaadin.setup();
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    /**
     * Each error used to queue its own notice. While the application shut down, showing a notice
     * failed too, so each failure queued the next: a loop. Now a burst queues one.
     */
    @Test
    void a_burst_of_errors_shows_one_notice_and_a_later_error_another() {
        errors.error(new ErrorEvent(new IllegalStateException("first")));
        errors.error(new ErrorEvent(new IllegalStateException("second, in the same burst")));
        MockVaadin.runUIQueue();
        assertThat(NotificationsKt.getNotifications()).hasSize(1);

        now = now.plus(Duration.ofMillis(UnexpectedErrors.QUIET_MS));
        errors.error(new ErrorEvent(new IllegalStateException("later")));
        MockVaadin.runUIQueue();
        assertThat(NotificationsKt.getNotifications()).hasSize(2);
    }
}
