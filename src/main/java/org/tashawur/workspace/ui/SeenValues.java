package org.tashawur.workspace.ui;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The values one text field has been given in the user's browser, numbered. The browser sends
 * the number of the last value it received with every edit, so the server knows what the user
 * started from, even after a network break during which others changed the field: the server
 * saw those changes, the browser did not.
 */
final class SeenValues {

    /** Never a stored value: a base that always differs from what is stored. */
    static final String UNKNOWN = "\u0000unknown base";
    private static final int KEEP = 200;

    private record Step(int number, String value, boolean mine) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private int latest;

    /** Records a value shown in the field; {@code mine} when it is the user's own saved edit. */
    int shown(String value, boolean mine) {
        latest++;
        steps.addLast(new Step(latest, value, mine));
        if (steps.size() > KEEP) {
            steps.removeFirst();
        }
        return latest;
    }

    int latest() {
        return latest;
    }

    /**
     * The value an edit started from, given the number the browser sent: the latest value when
     * the browser had received every change made by someone else, otherwise the value it had.
     */
    String base(int number) {
        String start = UNKNOWN;
        boolean missedOthers = false;
        for (Step step : steps) {
            if (step.number() == number) {
                start = step.value();
            } else if (step.number() > number && !step.mine()) {
                missedOthers = true;
            }
        }
        if (!missedOthers) {
            return steps.isEmpty() ? "" : steps.getLast().value();
        }
        return start;
    }
}
