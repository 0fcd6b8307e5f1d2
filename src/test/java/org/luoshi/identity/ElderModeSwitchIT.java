package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The 长辈模式 switch brings the user back to a page that answers a GET, never to a 405 or another site. */
@IntegrationTest
class ElderModeSwitchIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aPageThatAnsweredAPostSendsTheSwitchBackToThePageOfTheForm() throws Exception {
        String username = fixtures.account("switch", fixtures.tree().countyA(), Role.MEMBER);

        String page = mvc.perform(post("/me/password").with(fixtures.as(username)).with(csrf())
                        .header("Referer", "http://localhost/me/password")
                        .param("currentPassword", "Not-The-Password-1").param("newPassword", "Brand-New-Pass-7")
                        .param("repeatPassword", "Brand-New-Pass-7"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("当前密码不正确").contains("name=\"back\" value=\"/me/password\"");
    }

    @Test
    void aPageThatAnsweredAGetSendsTheSwitchBackToItselfWithItsQuery() throws Exception {
        String username = fixtures.account("switch", fixtures.root(), Role.UNIT_ADMIN);

        String page = mvc.perform(get("/org/members").queryParam("page", "2").with(fixtures.as(username)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("name=\"back\" value=\"/org/members?page=2\"");
    }

    @Test
    void theSwitchReturnsToThePageItWasPressedOn() throws Exception {
        assertThat(switchBackTo("/org/members?page=2")).isEqualTo("/org/members?page=2");
        assertThat(switchBackTo("/login")).isEqualTo("/login");
    }

    @Test
    void anAddressThatAnswersOnlyAPostIsNeverReturnedTo() throws Exception {
        assertThat(switchBackTo("/me/totp/start")).isEqualTo("/");
        assertThat(switchBackTo("/plans/1/reminders")).isEqualTo("/");
    }

    @Test
    void theSwitchNeverLeavesTheSite() throws Exception {
        // only the path of another site's address is kept: the same page of this site
        assertThat(switchBackTo("//evil.example/login")).isEqualTo("/login");
        assertThat(switchBackTo("https://evil.example/login")).isEqualTo("/login");
        assertThat(switchBackTo("/\\evil.example")).isEqualTo("/");
        assertThat(switchBackTo("javascript:alert(1)")).isEqualTo("/");
    }

    private String switchBackTo(String back) throws Exception {
        return mvc.perform(post("/me/elder-mode").with(csrf()).param("enabled", "true").param("back", back))
                .andReturn().getResponse().getRedirectedUrl();
    }
}
