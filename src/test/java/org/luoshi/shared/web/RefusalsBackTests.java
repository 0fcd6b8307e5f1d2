package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The error page's way back: only to a page of this site, named by the Referer the browser sent. */
class RefusalsBackTests {

    @Test
    void aPageOfThisSiteIsTheWayBackWithItsQuery() {
        assertThat(Refusals.back(request("http://luoshi.example:8080/publicity/submissions/7/edit?tab=files")))
                .contains("/publicity/submissions/7/edit?tab=files");
    }

    @Test
    void anotherSiteOrAnAddressThatLeavesTheSiteIsNoWayBack() {
        assertThat(Refusals.back(request("http://elsewhere.example/publicity/submissions/7/edit"))).isEmpty();
        assertThat(Refusals.back(request("http://luoshi.example:8080//elsewhere.example/x"))).isEmpty();
        assertThat(Refusals.back(request("javascript:alert(1)"))).isEmpty();
        assertThat(Refusals.back(request("http://luoshi.example:8080/a b"))).isEmpty();
        assertThat(Refusals.back(request(null))).isEmpty();
    }

    private static MockHttpServletRequest request(String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/publicity/submissions/7/attachments");
        request.addHeader("Host", "luoshi.example:8080");
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return request;
    }
}
