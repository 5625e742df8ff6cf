package org.counterpart.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.counterpart.directory.Directory;
import org.counterpart.directory.DirectoryImport;
import org.counterpart.directory.Manual;
import org.counterpart.system.NodeOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On a demo node's first start, its country's synthetic directory (institutions, contact point,
 * helpline, interpreters...) goes in through the CSV import, and its manual chapter is written.
 */
@Component
@NodeOnly
@ConditionalOnProperty(name = "counterpart.demo.enabled", havingValue = "true")
class DemoDirectory implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

  /** Synthetic chapters: the articles are those of the criminal codes, to be checked in use. */
  private static final Map<String, String> CHAPTERS =
      Map.of(
          "RS",
          "Criminal Code, article 388 (trafficking in human beings) and article 350 (illegal"
              + " crossing of the state border and smuggling of persons); Law on Foreigners; Law"
              + " on Asylum and Temporary Protection. Identification by the Centre for the"
              + " Protection of Victims of Trafficking; cross-border requests through the ILECU.",
          "BA",
          "Criminal Code of Bosnia and Herzegovina, article 186 (trafficking in persons) and"
              + " article 189 (smuggling of persons); the entity and Brčko District codes for"
              + " trafficking within the country. Referral under the rules on the protection of"
              + " victims; cross-border requests through the ILECU.",
          "ME",
          "Criminal Code, article 444 (trafficking in persons) and article 405 (illegal crossing"
              + " of the state border and smuggling of persons). Identification by the team of"
              + " the Office for Combating Trafficking; cross-border requests through the ILECU.",
          "AL",
          "Criminal Code, articles 110/a and 128/b (trafficking of adults and of minors) and"
              + " article 298 (assisting illegal border crossing). Identification under the"
              + " standard operating procedures of the national referral mechanism.",
          "MK",
          "Criminal Code, article 418-a (trafficking in human beings), 418-b (smuggling of"
              + " migrants) and 418-d (trafficking in children). Identification under the"
              + " national referral mechanism; cross-border requests through the ILECU.",
          "XK",
          "Criminal Code, article 171 (trafficking in persons) and article 170 (smuggling of"
              + " migrants). Identification under the standard operating procedures for victims"
              + " of trafficking; cross-border requests through the ILECU.");

  private final Directory directory;
  private final DirectoryImport imports;
  private final Manual manual;
  private final DemoProperties demo;

  DemoDirectory(Directory directory, DirectoryImport imports, Manual manual, DemoProperties demo) {
    this.directory = directory;
    this.imports = imports;
    this.manual = manual;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    String country = directory.country();
    if (!demo.directory() || directory.all().stream().anyMatch(e -> e.country().equals(country))) {
      return;
    }
    try (InputStream in = getClass().getResourceAsStream("/demo/directory/" + country + ".csv")) {
      if (in == null) {
        return;
      }
      var report =
          imports.importRows(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), false, "demo-seeder");
      String chapter = CHAPTERS.get(country);
      if (chapter != null) {
        manual.keepChapter("en", chapter, "demo-seeder");
      }
      log.info("demo: imported {} directory entries on {}", report.imported(), country);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
