package org.luoshi.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After 催办 the user goes back where they came from, but only ever to a page of this site. */
class ReminderReturnAddressTests {

    @Test
    void aPageOfThisSiteIsFollowed() {
        assertThat(ReminderController.safe("/plans/7/rollup?unitId=3", 7)).isEqualTo("/plans/7/rollup?unitId=3");
        assertThat(ReminderController.safe("/", 7)).isEqualTo("/");
    }

    @Test
    void anythingElseFallsBackToThePlan() {
        assertThat(ReminderController.safe(null, 7)).isEqualTo("/plans/7");
        assertThat(ReminderController.safe("", 7)).isEqualTo("/plans/7");
        assertThat(ReminderController.safe("https://evil.example.com/", 7)).isEqualTo("/plans/7");
        assertThat(ReminderController.safe("//evil.example.com/", 7)).isEqualTo("/plans/7");
        assertThat(ReminderController.safe("/\\evil.example.com/", 7)).isEqualTo("/plans/7");
        assertThat(ReminderController.safe("/plans\r\nSet-Cookie: x=1", 7)).isEqualTo("/plans/7");
    }
}
