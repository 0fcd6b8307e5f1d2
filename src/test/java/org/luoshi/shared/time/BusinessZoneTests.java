package org.luoshi.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class BusinessZoneTests {

    private final TimeZone before = TimeZone.getDefault();

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void theConfiguredZoneBecomesTheDefault() {
        new BusinessZone().postProcessEnvironment(new MockEnvironment().withProperty("luoshi.zone", "Asia/Urumqi"),
                new SpringApplication());
        assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Urumqi");
    }

    @Test
    void withoutSettingItIsBeijingTime() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        new BusinessZone().postProcessEnvironment(new MockEnvironment(), new SpringApplication());
        assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void anUnknownZoneStopsTheStartWithTheSettingNamed() {
        assertThatThrownBy(() -> new BusinessZone().postProcessEnvironment(
                new MockEnvironment().withProperty("luoshi.zone", "Beijing"), new SpringApplication()))
                .hasMessageContaining("LUOSHI_ZONE").hasMessageContaining("Asia/Shanghai");
    }
}
