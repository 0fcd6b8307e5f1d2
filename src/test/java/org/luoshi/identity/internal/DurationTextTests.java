package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.Messages;
import org.springframework.context.support.ResourceBundleMessageSource;

class DurationTextTests {

    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    DurationTextTests() {
        bundle.setBasename("i18n/identity");
        bundle.setDefaultEncoding("UTF-8");
    }

    @Test
    void minutesHoursAndDaysReadAsSet() {
        assertThat(text(Duration.ofMinutes(15))).isEqualTo("15 分钟");
        assertThat(text(Duration.ofMinutes(30))).isEqualTo("30 分钟");
        assertThat(text(Duration.ofHours(1))).isEqualTo("1 小时");
        assertThat(text(Duration.ofMinutes(90))).isEqualTo("1 小时 30 分钟");
        assertThat(text(Duration.ofDays(1))).isEqualTo("1 天");
        assertThat(text(Duration.ofSeconds(45))).isEqualTo("45 秒");
    }

    private String text(Duration duration) {
        return DurationText.of(duration, resolvable -> bundle.getMessage(resolvable, Messages.ZH_CN));
    }
}
