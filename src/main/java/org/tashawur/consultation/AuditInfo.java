package org.tashawur.consultation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An audit entry as the log screen shows it; {@code action} is a message key suffix. */
public record AuditInfo(String actor, String action, String target, @Nullable String before,
        @Nullable String after, Instant at) {
}
