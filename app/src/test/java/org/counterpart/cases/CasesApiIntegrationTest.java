package org.counterpart.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.counterpart.support.NodeTestSupport;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The registry over HTTP: bad input, concurrent saves, documents and background imports. */
@SpringBootTest
@AutoConfigureMockMvc
class CasesApiIntegrationTest {

  @DynamicPropertySource
  static void node(DynamicPropertyRegistry registry) throws Exception {
    NodeTestSupport.nodeProperties(registry);
  }

  @Autowired MockMvc mvc;

  private static final String CASE =
      """
      {"kind": "TRAFFICKING", "detectedOn": "2026-04-02", "detectedCountry": "RS",
       "exploitationTypes": ["ForcedBegging"],
       "persons": [{"role": "PRESUMED_VICTIM", "gender": "Feminine", "citizenship": "RS",
                    "identity": {"givenName": "Ajša", "surname": "Ramić", "birthDate": "2012-06-01"}}]}
      """;

  private String register() throws Exception {
    var result =
        mvc.perform(
                post("/api/v1/cases")
                    .with(user("officer.rs").roles("FIRST_LINE_OFFICER"))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(CASE))
            .andExpect(status().isCreated())
            .andReturn();
    return JsonPath.read(result.getResponse().getContentAsString(), "$.reference");
  }

  @Test
  void badFieldsAreNamedInTheUsersLanguage() throws Exception {
    mvc.perform(
            post("/api/v1/cases")
                .with(user("officer.rs").roles("FIRST_LINE_OFFICER"))
                .with(csrf())
                .header("Accept-Language", "sq")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    CASE.replace("\"detectedCountry\": \"RS\"", "\"detectedCountry\": \"XX\"")
                        .replace("2012-06-01", "2027-01-01")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[*].field",
                Matchers.containsInAnyOrder("detectedCountry", "persons[0].identity.birthDate")));
  }

  @Test
  void aSecondSaveOnAnOldVersionIsRefusedWithConflict() throws Exception {
    String reference = register();
    var officer = user("officer.rs").roles("FIRST_LINE_OFFICER");
    String move = "{\"to\": \"UNDER_IDENTIFICATION\", \"version\": 0}";
    mvc.perform(
            post("/api/v1/cases/{r}/transitions", reference)
                .with(officer)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(move))
        .andExpect(status().isNoContent());
    mvc.perform(
            post("/api/v1/cases/{r}/transitions", reference)
                .with(officer)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(move))
        .andExpect(status().isConflict());
  }

  @Test
  void documentsTravelWithTheirChecksum() throws Exception {
    String reference = register();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    var result =
        mvc.perform(
                multipart("/api/v1/cases/{r}/attachments", reference)
                    .file(new MockMultipartFile("file", "photo.png", "image/png", png))
                    .with(user("officer.rs").roles("FIRST_LINE_OFFICER"))
                    .with(csrf()))
            .andExpect(status().isCreated())
            .andReturn();
    String id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    var download =
        mvc.perform(
                get("/api/v1/cases/{r}/attachments/{id}", reference, id)
                    .with(user("officer.rs").roles("FIRST_LINE_OFFICER")))
            .andExpect(status().isOk())
            .andExpect(header().string("Digest", Matchers.startsWith("sha-256=")))
            .andReturn();
    assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(png);
    mvc.perform(
            multipart("/api/v1/cases/{r}/attachments", reference)
                .file(
                    new MockMultipartFile(
                        "file", "notes.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0}))
                .with(user("officer.rs").roles("FIRST_LINE_OFFICER"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
  }

  @Test
  void aLongImportRunsInTheBackgroundWithItsProgress() throws Exception {
    var admin = user("admin.rs").roles("NODE_ADMIN");
    var started =
        mvc.perform(
                post("/api/v1/cases/imports")
                    .with(admin)
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"cases\": [" + toHtcds() + "," + toHtcds() + "]}"))
            .andExpect(status().isAccepted())
            .andReturn();
    String id = JsonPath.read(started.getResponse().getContentAsString(), "$.id");
    boolean done = false;
    for (int i = 0; i < 100 && !done; i++) {
      var progress =
          mvc.perform(get("/api/v1/cases/imports/{id}", id).with(admin))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      done = JsonPath.read(progress, "$.done");
      if (done) {
        assertThat((Integer) JsonPath.read(progress, "$.written")).isEqualTo(2);
      } else {
        Thread.sleep(100);
      }
    }
    assertThat(done).isTrue();
    mvc.perform(
            post("/api/v1/cases/imports")
                .with(user("officer.rs").roles("FIRST_LINE_OFFICER"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"cases\": []}"))
        .andExpect(status().isForbidden());
  }

  private static String toHtcds() {
    return """
        {"cpt_Kind": "SMUGGLING", "cpt_DetectedOn": "2026-01-05", "cpt_DetectedCountry": "RS",
         "persons": [{"cpt_Role": "SMUGGLED_MIGRANT", "prs_FirstName": "Ahmad", "prs_SecondName": "Karimi",
                      "prs_Gender": "Masculine", "prs_Citizenship": "AF"}]}""";
  }
}
