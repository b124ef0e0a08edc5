package org.tashawur.consultation;

import org.jspecify.annotations.Nullable;

/** Published in the transaction that put an item (or none) up for discussion. */
public record DiscussingChanged(long meetingId, @Nullable Long itemId) {
}
