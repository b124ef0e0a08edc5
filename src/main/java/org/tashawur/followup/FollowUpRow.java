package org.tashawur.followup;

import org.jspecify.annotations.Nullable;
import org.tashawur.workspace.ItemSummary;

/** A retained proposal and its commitment, if one was made. */
public record FollowUpRow(ItemSummary proposal, @Nullable CommitmentInfo commitment) {
}
