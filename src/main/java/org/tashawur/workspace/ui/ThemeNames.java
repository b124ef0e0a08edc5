package org.tashawur.workspace.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tashawur.consultation.ThemeInfo;

/** The themes of the meeting's consultation, read once per screen, by id as text. */
final class ThemeNames {

    private final Map<String, String> names = new LinkedHashMap<>();

    ThemeNames(List<ThemeInfo> themes, Locale locale) {
        themes.forEach(t -> names.put(Long.toString(t.id()), t.name().in(locale)));
    }

    /** Theme ids as the fields hold them; the empty string is "no theme". */
    List<String> ids() {
        return List.copyOf(names.keySet());
    }

    String name(@Nullable String id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }

    String name(@Nullable Long id) {
        return id == null ? "" : name(id.toString());
    }
}
