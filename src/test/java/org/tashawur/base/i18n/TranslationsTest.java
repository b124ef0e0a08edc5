package org.tashawur.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemKind;

/** Keeps the three languages complete: a key in one bundle, or used in code, is in all of them. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    @Test
    void every_bundle_has_the_same_keys() {
        Set<String> arabic = load("ar").stringPropertyNames();
        for (String language : new String[] {"fr", "en"}) {
            assertThat(new TreeSet<>(load(language).stringPropertyNames()))
                    .as("keys of messages_%s against messages_ar", language)
                    .isEqualTo(new TreeSet<>(arabic));
        }
        assertThat(load("").stringPropertyNames()).as("the default bundle is the Arabic one").isEqualTo(arabic);
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (StakeholderGroup group : StakeholderGroup.values()) {
            used.add(group.messageKey());
        }
        for (ItemKind kind : ItemKind.values()) {
            used.add(kind.messageKey());
            used.add("part." + kind.name());
            used.add("add.placeholder." + kind.name());
        }
        for (ItemField field : ItemField.values()) {
            used.add(field.messageKey());
        }
        for (String field : new String[] {"title", "name", "organisation"}) {
            used.add("validation." + field + ".required");
            used.add("validation." + field + ".tooLong");
        }
        used.add("validation.details.tooLong");
        for (String action : new String[] {"PHASE", "DISCUSS", "DISCUSS_END", "ANSWER", "DELETE"}) {
            used.add("audit." + action);
        }
        assertThat(load("ar").stringPropertyNames()).containsAll(used);
    }

    @Test
    void messages_have_no_ascii_apostrophe_which_message_format_would_swallow() {
        for (String language : new String[] {"ar", "fr", "en"}) {
            load(language).forEach((key, value) ->
                    assertThat((String) value).as("%s in %s", key, language).doesNotContain("'"));
        }
    }

    @Test
    void arabic_is_first_and_right_to_left_with_western_digits() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getProvidedLocales().get(0).getLanguage()).isEqualTo("ar");
        assertThat(TranslationProvider.isRightToLeft(TranslationProvider.ARABIC)).isTrue();
        assertThat(TranslationProvider.isRightToLeft(Locale.FRENCH)).isFalse();
        assertThat(provider.getTranslation("part.PROPOSAL", TranslationProvider.ARABIC, 12L)).isEqualTo("المقترحات (12)");
        assertThat(provider.getTranslation("part.PROPOSAL", Locale.FRENCH, 3L)).isEqualTo("Propositions (3)");
        assertThat(provider.getTranslation("join.intro", Locale.FRENCH, "5 janvier 2022"))
                .contains("Aucun compte n’est nécessaire");
        assertThat(TranslationProvider.supported(Locale.GERMAN)).isEqualTo(TranslationProvider.ARABIC);
    }

    private static Properties load(String language) {
        String name = language.isEmpty() ? "/messages.properties" : "/messages_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
