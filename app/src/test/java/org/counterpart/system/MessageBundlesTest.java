package org.counterpart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Fails the build when a language misses a key, has a stray one, or drops a placeholder. */
class MessageBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  private static Properties load(String name) throws IOException {
    var properties = new Properties();
    var stream = MessageBundlesTest.class.getResourceAsStream("/" + name + ".properties");
    assertThat(stream).as(name + ".properties exists").isNotNull();
    try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "messages_sq",
        "messages_sr_Latn",
        "messages_sr_Cyrl",
        "messages_mk",
        "messages_bs",
        "messages_cnr"
      })
  void everyLanguageHasEveryKeyWithTheSamePlaceholders(String bundle) throws IOException {
    Properties english = load("messages");
    Properties translated = load(bundle);
    assertThat(translated.stringPropertyNames())
        .as("keys of " + bundle)
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(translated.getProperty(key)).as(bundle + " " + key).isNotBlank();
      assertThat(placeholders(translated.getProperty(key)))
          .as("placeholders of " + key + " in " + bundle)
          .isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sq", "sr-Latn", "sr-Cyrl", "mk", "bs", "cnr"})
  void eachSupportedLanguageResolvesToItsOwnBundle(String tag) throws IOException {
    var source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    String bundle = "en".equals(tag) ? "messages" : "messages_" + tag.replace('-', '_');
    assertThat(source.getMessage("dashboard.title", null, Locale.forLanguageTag(tag)))
        .isEqualTo(load(bundle).getProperty("dashboard.title"));
  }

  @org.junit.jupiter.api.Test
  void serbianCyrillicIsWrittenInCyrillic() throws IOException {
    String title = load("messages_sr_Cyrl").getProperty("login.title");
    assertThat(title.codePoints().filter(Character::isLetter))
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }
}
