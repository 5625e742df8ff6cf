package org.counterpart.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.counterpart.support.NodeTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The directory of a node (Serbia, with its demo directory) over HTTP: bad input named in the
 * user's language and nothing kept, who may write, the public helplines, the CSV import's all or
 * nothing, another country's entry, and the manual's editions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryApiIntegrationTest {

  @DynamicPropertySource
  static void node(DynamicPropertyRegistry registry) throws Exception {
    NodeTestSupport.nodeProperties(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate db;
  @Autowired Directory directory;
  @Autowired Manual manual;

  static final String INTERPRETER =
      """
      {"kind": "INTERPRETER", "name": "Farid Noori", "person": "Farid Noori", "place": "Šid",
       "languages": "ps, prs", "phones": "064 555 0101", "remote": "true"}
      """;

  int records() {
    return db.queryForObject("select count(*) from regional_record", Integer.class);
  }

  @Test
  void badInputIsNamedInTheUsersLanguageAndNothingIsKept() throws Exception {
    int before = records();
    mvc.perform(
            post("/api/v1/directory/entries")
                .with(user("ilecu.rs").roles("CONTACT_POINT"))
                .with(csrf())
                .header("Accept-Language", "cnr")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    INTERPRETER
                        .replace("064 555 0101", "064 5")
                        .replace("ps, prs", "ps, zz")
                        .replace("\"remote\": \"true\"", "\"emails\": \"farid@\"")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[*].field", containsInAnyOrder("phones", "languages", "emails", "remote")))
        .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("ISO 639"))))
        .andExpect(jsonPath("$.title", not("The request has errors")));
    assertThat(records()).isEqualTo(before);
  }

  @Test
  void contactPointsWriteEveryOfficialReadsAndOnlyThisCountrysEntries() throws Exception {
    mvc.perform(
            post("/api/v1/directory/entries")
                .with(user("officer.rs").roles("FIRST_LINE_OFFICER"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(INTERPRETER))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/directory/entries")
                .with(user("ilecu.rs").roles("CONTACT_POINT"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(INTERPRETER))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.entry.phones[0]").value("+381645550101"));
    mvc.perform(
            get("/api/v1/directory/entries")
                .param("language", "Pashto")
                .param("country", "RS")
                .with(user("officer.rs").roles("FIRST_LINE_OFFICER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].entry.name", hasItem("Farid Noori")));
    mvc.perform(get("/directory")).andExpect(redirectedUrl("/login"));

    // An entry of Bosnia and Herzegovina as replicated here.
    UUID theirs = UUID.randomUUID();
    db.update(
        """
        insert into regional_record (kind, id, country, version, body, updated_at, updated_by,
          pushed_version)
        values ('directory', ?, 'BA', 1, ?::jsonb, now(), 'BA', 1)
        """,
        theirs,
        RegionalRecords.JSON.writeValueAsString(
            DirectoryRules.check(
                EntryForm.of(
                    java.util.Map.of("kind", "HELPLINE", "name", "SOS BiH", "place", "Sarajevo")),
                "BA",
                id -> false)));
    mvc.perform(
            put("/api/v1/directory/entries/" + theirs)
                .with(user("ilecu.rs").roles("CONTACT_POINT"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(INTERPRETER))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.owner").value("BA"));
    assertThat(directory.find(theirs).orElseThrow().value().name()).isEqualTo("SOS BiH");
  }

  @Test
  void aStaleEditIsRefusedAndReadsOfPersonsAreAudited() throws Exception {
    var created =
        mvc.perform(
                post("/api/v1/directory/entries")
                    .with(user("ilecu.rs").roles("CONTACT_POINT"))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(INTERPRETER.replace("Farid Noori", "Karim Safi")))
            .andExpect(status().isCreated())
            .andReturn();
    String id =
        com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");
    String changed = INTERPRETER.replace("Farid Noori", "Karim Safi").replace("Šid", "Sombor");
    mvc.perform(
            put("/api/v1/directory/entries/" + id)
                .param("version", "1")
                .with(user("ilecu.rs").roles("CONTACT_POINT"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(changed))
        .andExpect(status().isOk());
    mvc.perform(
            put("/api/v1/directory/entries/" + id)
                .param("version", "1")
                .with(user("admin.rs").roles("NODE_ADMIN"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(changed.replace("Sombor", "Kikinda")))
        .andExpect(status().isConflict());
    assertThat(directory.find(UUID.fromString(id)).orElseThrow().value().place())
        .isEqualTo("Sombor");

    mvc.perform(
            get("/api/v1/directory/entries/" + id)
                .with(user("officer.rs").roles("FIRST_LINE_OFFICER")))
        .andExpect(status().isOk());
    assertThat(
            db.queryForObject(
                "select count(*) from audit_log where action = 'directory.viewed'"
                    + " and object_id = ? and actor = 'officer.rs'",
                Integer.class,
                id))
        .isEqualTo(1);
  }

  @Test
  void oneUnusualEntryDoesNotStopTheManual() throws Exception {
    mvc.perform(
            post("/api/v1/directory/entries")
                .with(user("ilecu.rs").roles("CONTACT_POINT"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"kind": "INTERPRETER", "name": "张伟 📞", "place": "Beograd",
                     "languages": "zh", "onSite": "true",
                     "accreditation": "%s"}
                    """
                        .formatted("x".repeat(400))))
        .andExpect(status().isCreated());
    var edition = manual.generate("en", "admin.rs");
    String text = text(manual.pdf(edition.id()).orElseThrow());
    assertThat(text)
        .as("Chinese read in Latin, the emoji the fonts lack drawn as ?, the long word cut")
        .contains("zhāng wěi ? · Beograd")
        .doesNotContain("x".repeat(400))
        .contains("x".repeat(60));
  }

  @Test
  void helplinesArePublicAndNameNoOfficial() throws Exception {
    mvc.perform(
            post("/api/v1/directory/entries")
                .with(user("ilecu.rs").roles("CONTACT_POINT"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"kind": "HELPLINE", "name": "Dečja SOS linija", "place": "Novi Sad",
                     "phones": "0800 123 457", "person": "Jelena Marković",
                     "notes": "duty roster kept by Jelena"}
                    """))
        .andExpect(status().isCreated());
    mvc.perform(get("/helplines").header("Accept-Language", "sr-Latn"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("SOS linija za žrtve trgovine ljudima")))
        .andExpect(content().string(containsString("Dečja SOS linija")))
        .andExpect(content().string(not(containsString("Jelena"))))
        .andExpect(content().string(not(containsString("Karimi"))))
        .andExpect(content().string(not(containsString("Petrović"))));
  }

  @Test
  void anImportWithAWrongRowKeepsNothingUnlessTheValidRowsAreChosen() throws Exception {
    String csv =
        """
        kind;name;place;phones;languages;remote
        INTERPRETER;Hamid Zadran;Subotica;+381 64 555 0202;ps;true
        INTERPRETER;Broken Phone;Subotica;+381 64;ps;true
        HELPLINE;Linija za decu;Novi Sad;0800 123 456;sr;
        """;
    var file =
        new MockMultipartFile("file", "rs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    int before = records();
    mvc.perform(
            multipart("/directory/import")
                .file(file)
                .param("mode", "all")
                .with(user("admin.rs").roles("NODE_ADMIN"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"nothing-imported\"")))
        .andExpect(content().string(containsString("<td class=\"mono\">3</td>")));
    assertThat(records()).isEqualTo(before);
    mvc.perform(
            multipart("/directory/import")
                .file(file)
                .param("mode", "valid")
                .with(user("admin.rs").roles("NODE_ADMIN"))
                .with(csrf()))
        .andExpect(status().isOk());
    assertThat(records()).isEqualTo(before + 2);
    long versions = db.queryForObject("select count(*) from regional_record_version", Long.class);
    mvc.perform(
            multipart("/directory/import")
                .file(file)
                .param("mode", "valid")
                .with(user("admin.rs").roles("NODE_ADMIN"))
                .with(csrf()))
        .andExpect(status().isOk());
    assertThat(db.queryForObject("select count(*) from regional_record_version", Long.class))
        .as("the same file again adds no entry and no version")
        .isEqualTo(versions);

    var wrongHeader =
        new MockMultipartFile(
            "file", "rs.csv", "text/csv", "kind,name,colour\nHELPLINE,x,red\n".getBytes());
    mvc.perform(
            multipart("/directory/import")
                .file(wrongHeader)
                .param("mode", "valid")
                .with(user("admin.rs").roles("NODE_ADMIN"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"form-errors\"")));
    assertThat(records()).isEqualTo(before + 2);
  }

  @Test
  void theManualHoldsEveryCountrysChapterInEachScriptAndEachEditionIsKept() throws Exception {
    var cyrillic = manual.generate("sr-Cyrl", "admin.rs");
    var latin = manual.generate("cnr", "admin.rs");
    var again = manual.generate("cnr", "admin.rs");
    assertThat(again.version()).isEqualTo(latin.version() + 1);
    assertThat(manual.editions())
        .extracting(Manual.Edition::id)
        .contains(cyrillic.id(), again.id());

    String sr = text(manual.pdf(cyrillic.id()).orElseThrow());
    assertThat(sr)
        .contains("Србија", "Црна Гора", "Албанија", "Северна Македонија", "Косово")
        .contains("Национална контакт тачка ILECU")
        .contains("Criminal Code, article 388")
        .contains("Ахмад Карими");
    String cnr = text(manual.pdf(latin.id()).orElseThrow());
    assertThat(cnr)
        .as("a Latin-script reader reads Serbia's Cyrillic entries in Latin")
        .contains("Srbija", "Nacionalna kontakt tačka ILECU", "Ahmad Karimi", "paštunski");
    mvc.perform(
            get("/directory/manual/editions/" + latin.id() + ".pdf")
                .with(user("officer.rs").roles("FIRST_LINE_OFFICER")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF));
  }

  private static String text(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
