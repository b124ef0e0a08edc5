package org.tashawur.followup;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How far a set of commitments has come: the plain average of their progress, each commitment
 * weighing the same, dropped ones left out (a done one counts 100 %), with how many there are in
 * each status. Plain rather than weighted because nothing in a consultation says that one
 * commitment matters more than another; the counts show what the average hides.
 *
 * @param average percent, rounded to the nearest whole; 0 when nothing counts
 * @param counted commitments in the average (all but dropped)
 */
public record RollUp(int average, int counted, Map<CommitmentStatus, Integer> byStatus) {

    static RollUp of(Collection<? extends CommitmentInfo> commitments) {
        Map<CommitmentStatus, Integer> byStatus = new EnumMap<>(CommitmentStatus.class);
        for (CommitmentStatus status : CommitmentStatus.values()) {
            byStatus.put(status, 0);
        }
        long sum = 0;
        int counted = 0;
        for (CommitmentInfo commitment : commitments) {
            byStatus.merge(commitment.status(), 1, Integer::sum);
            if (commitment.status() != CommitmentStatus.DROPPED) {
                sum += commitment.progress();
                counted++;
            }
        }
        int average = counted == 0 ? 0 : (int) Math.round((double) sum / counted);
        return new RollUp(average, counted, byStatus);
    }

    public int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
}
