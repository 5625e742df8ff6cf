package org.counterpart.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.counterpart.audit.AuditTrail;
import org.counterpart.support.NodeTestSupport;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Login, lock-out, CSRF, deny-by-default and localized bad-input errors on a real node. */
@SpringBootTest
@AutoConfigureMockMvc
class AccessIntegrationTest {

  @DynamicPropertySource
  static void node(DynamicPropertyRegistry registry) throws Exception {
    NodeTestSupport.nodeProperties(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired Officials officials;
  @Autowired AuditTrail audit;

  private void account(String username, UserRole role) {
    if (!officials.exists(username)) {
      officials.create(
          new NewOfficial(
              username,
              "Test " + username,
              null,
              "correct horse battery",
              null,
              "en",
              Set.of(role)),
          "test");
    }
  }

  @Test
  void demoOfficerSignsInWithTheDemoPassword() throws Exception {
    mvc.perform(formLogin("/login").user("officer.rs").password(TestInstances.DEMO_PASSWORD))
        .andExpect(authenticated().withRoles("FIRST_LINE_OFFICER"))
        .andExpect(redirectedUrl("/"));
    assertThat(audit.byActionPrefix("login.succeeded", 50))
        .anySatisfy(e -> assertThat(e.actor()).isEqualTo("officer.rs"));
  }

  @Test
  void wrongPasswordIsRefusedAndAudited() throws Exception {
    mvc.perform(formLogin("/login").user("officer.rs").password("not the password"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
    assertThat(audit.byActionPrefix("login.failed", 50))
        .anySatisfy(e -> assertThat(e.objectId()).isEqualTo("officer.rs"));
  }

  @Test
  void locksAnAccountAfterFiveFailuresEvenForTheRightPassword() throws Exception {
    account("lock.me", UserRole.FIRST_LINE_OFFICER);
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin("/login").user("lock.me").password("wrong " + i))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(formLogin("/login").user("lock.me").password("correct horse battery"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?locked"));
    assertThat(audit.byActionPrefix("login.refused.locked", 50))
        .anySatisfy(e -> assertThat(e.actor()).isEqualTo("lock.me"));
  }

  @Test
  void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(
            post("/login")
                .param("username", "officer.rs")
                .param("password", TestInstances.DEMO_PASSWORD))
        .andExpect(status().isForbidden());
  }

  @Test
  void pagesNeedASignIn() throws Exception {
    mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/me")).andExpect(status().is3xxRedirection());
  }

  @Test
  void whatNoRoleGrantsIsDenied() throws Exception {
    var officer = user("officer.rs").roles("FIRST_LINE_OFFICER");
    mvc.perform(get("/").with(officer)).andExpect(status().isOk());
    mvc.perform(get("/contact-point").with(officer)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/audit").with(officer)).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/officials").with(officer)).andExpect(status().isForbidden());
    mvc.perform(get("/no/such/page").with(officer)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/break-glass").with(officer)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/break-glass").with(user("admin.rs").roles("NODE_ADMIN")))
        .andExpect(status().isOk());
    mvc.perform(get("/contact-point").with(user("ilecu.rs").roles("CONTACT_POINT")))
        .andExpect(status().isOk());
  }

  @Test
  void metricsAnswerOnLoopbackOnly() throws Exception {
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    mvc.perform(
            get("/actuator/prometheus")
                .with(
                    request -> {
                      request.setRemoteAddr("192.0.2.10");
                      return request;
                    }))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void badInputIsRefusedFieldByFieldInTheUsersLanguageAndWritesNothing() throws Exception {
    int before = officials.all().size();
    mvc.perform(
            post("/api/v1/officials")
                .with(user("admin.rs").roles("NODE_ADMIN"))
                .with(csrf())
                .header("Accept-Language", "sr-Cyrl")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"username": "X", "displayName": "", "password": "short",
                     "preferredLanguage": "de", "roles": ["FIRST_LINE_OFFICER"]}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    org.hamcrest.Matchers.containsInAnyOrder(
                        "displayName", "password", "preferredLanguage", "username")))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'password')].message")
                .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("12"))))
        .andExpect(
            jsonPath("$.title").value(org.hamcrest.Matchers.matchesPattern(".*\\p{IsCyrillic}.*")));
    assertThat(officials.all()).hasSize(before);
  }

  @Test
  void malformedJsonNamesTheBody() throws Exception {
    mvc.perform(
            post("/api/v1/officials")
                .with(user("admin.rs").roles("NODE_ADMIN"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("body"));
  }

  @Test
  void anAdministratorCreatesAnOfficial() throws Exception {
    mvc.perform(
            post("/api/v1/officials")
                .with(user("admin.rs").roles("NODE_ADMIN"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"username": "inspector.rs", "displayName": "Labour inspector",
                     "password": "a long enough password", "preferredLanguage": "sr-Latn",
                     "roles": ["SCREENING_TEAM_MEMBER"]}
                    """))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.roles[0]").value("SCREENING_TEAM_MEMBER"));
    assertThat(officials.find("inspector.rs")).isPresent();
    mvc.perform(
            post("/api/v1/officials")
                .with(user("admin.rs").roles("NODE_ADMIN"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"username": "inspector.rs", "displayName": "Again",
                     "password": "a long enough password", "preferredLanguage": "en",
                     "roles": ["ANALYST"]}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("username"));
  }
}
