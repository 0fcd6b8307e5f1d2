package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTests {

    private final PageLinks links = new PageLinks();

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aListPagesWithItsFiltersKept() {
        MockHttpServletRequest request = request("GET", "/plans/7/reminders/new", "which=UNREPORTED&page=1");

        assertThat(links.to(2)).endsWith("/plans/7/reminders/new?which=UNREPORTED&page=2");
    }

    @Test
    void aFormShownAgainAfterAPostPagesFromThePageItWasSentFrom() {
        MockHttpServletRequest request = request("POST", "/plans/7/reminders", null);
        request.addHeader("Referer", "http://localhost/plans/7/reminders/new?which=UNACKNOWLEDGED");

        assertThat(links.to(2)).isEqualTo("/plans/7/reminders/new?which=UNACKNOWLEDGED&page=2");
    }

    @Test
    void aRefererThatIsNotAPathOfThisSiteIsNotFollowed() {
        MockHttpServletRequest request = request("POST", "/plans/7/reminders", null);
        request.addHeader("Referer", "https://elsewhere.example//evil?x=1");

        assertThat(links.to(2)).endsWith("/plans/7/reminders?page=2").doesNotContain("elsewhere");
    }

    private static MockHttpServletRequest request(String method, String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }
}
