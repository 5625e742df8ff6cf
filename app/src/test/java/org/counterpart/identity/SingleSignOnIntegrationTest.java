package org.counterpart.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.counterpart.support.NodeTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A deployment switches OIDC on by configuration; sign-in then offers its identity provider. */
@SpringBootTest
@AutoConfigureMockMvc
class SingleSignOnIntegrationTest {

  private static final String PROVIDER = "spring.security.oauth2.client.provider.oidc.";
  private static final String CLIENT = "spring.security.oauth2.client.registration.oidc.";

  @DynamicPropertySource
  static void node(DynamicPropertyRegistry registry) throws Exception {
    NodeTestSupport.nodeProperties(registry);
    registry.add("counterpart.security.oidc-enabled", () -> "true");
    registry.add(CLIENT + "client-id", () -> "counterpart-rs");
    registry.add(CLIENT + "client-secret", () -> "test-only-secret");
    registry.add(CLIENT + "authorization-grant-type", () -> "authorization_code");
    registry.add(CLIENT + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    registry.add(CLIENT + "scope", () -> "openid,profile");
    registry.add(PROVIDER + "authorization-uri", () -> "https://idp.example.org/auth");
    registry.add(PROVIDER + "token-uri", () -> "https://idp.example.org/token");
    registry.add(PROVIDER + "jwk-set-uri", () -> "https://idp.example.org/jwks");
    registry.add(PROVIDER + "user-info-uri", () -> "https://idp.example.org/userinfo");
    registry.add(PROVIDER + "user-name-attribute", () -> "preferred_username");
  }

  @Autowired MockMvc mvc;

  @Test
  void signInPageOffersTheIdentityProvider() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/oauth2/authorization/oidc")));
  }

  @Test
  void startsTheAuthorizationCodeFlowAtTheProvider() throws Exception {
    mvc.perform(get("/oauth2/authorization/oidc"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", startsWith("https://idp.example.org/auth?")))
        .andExpect(header().string("Location", containsString("client_id=counterpart-rs")))
        .andExpect(header().string("Location", containsString("scope=openid")));
  }
}
