package org.luoshi.activity.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTests {

    private static final Instant START = Instant.parse("2026-12-10T06:00:00Z");

    @Test
    void longChineseLinesAreFoldedAt75OctetsNeverInsideACharacterAndUnfoldBackToTheText() {
        String title = "党的二十大代表进协会：学习贯彻党的二十大精神宣讲报告会（第一场）暨老科技工作者座谈交流会议";
        String ics = IcsWriter.write("浙江省老科协活动日历", List.of(new IcsEvent("activity-1@luoshi", 2, title,
                "第一行\n第二行; 含分号, 逗号\\反斜杠", "杭州市, 西湖区", "https://example.cn/activities/1", START,
                START.plusSeconds(7200), false)), START);

        assertThat(ics.split("\r\n")).allSatisfy(
                line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + title + "\r\n")
                .contains("DESCRIPTION:第一行\\n第二行\\; 含分号\\, 逗号\\\\反斜杠\r\n")
                .contains("LOCATION:杭州市\\, 西湖区\r\n").contains("SEQUENCE:2\r\n")
                .contains("DTSTART:20261210T060000Z\r\n").contains("DTEND:20261210T080000Z\r\n")
                .contains("STATUS:CONFIRMED\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void aCancelledEventSaysSo() {
        String ics = IcsWriter.write("日历", List.of(new IcsEvent("activity-2@luoshi", 0, "座谈会", null, null, null,
                START, START.plusSeconds(3600), true)), START);
        assertThat(ics).contains("STATUS:CANCELLED\r\n").doesNotContain("LOCATION").doesNotContain("URL");
    }
}
