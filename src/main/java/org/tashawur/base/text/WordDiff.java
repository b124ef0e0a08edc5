package org.tashawur.base.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between two texts word by word (java-diff-utils' Myers diff over words and the
 * spaces between them), in the texts' own logical order: a screen lays the segments out in one
 * line with the text's direction, so Arabic reads right to left with its changes in place.
 */
public final class WordDiff {

    private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    public enum Kind { SAME, REMOVED, ADDED }

    public record Segment(Kind kind, String text) {
    }

    public static List<Segment> of(String before, String after) {
        List<String> old = tokens(before);
        List<String> changed = tokens(after);
        Patch<String> patch = DiffUtils.diff(old, changed);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Kind.SAME, old.subList(position, start));
            add(segments, Kind.REMOVED, delta.getSource().getLines());
            add(segments, Kind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Kind.SAME, old.subList(position, old.size()));
        return segments;
    }

    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            text = last.text() + text;
        }
        segments.add(new Segment(kind, text));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
