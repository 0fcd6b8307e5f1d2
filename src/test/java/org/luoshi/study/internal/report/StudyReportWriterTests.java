package org.luoshi.study.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitType;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/** The 学习情况统计 frame: a title, then each part's section in its order, whatever order Spring found them in. */
class StudyReportWriterTests {

    @Test
    void sectionsFollowTheTitleInTheirOrder() throws Exception {
        Messages messages = mock(Messages.class);
        when(messages.get(anyString(), any(Object[].class))).thenAnswer(call -> call.getArgument(0));
        when(messages.get(anyString())).thenAnswer(call -> call.getArgument(0));
        StudyReportWriter writer = new StudyReportWriter(List.of(section(30, "reading"), section(10, "groups"),
                section(20, "sessions")), messages);
        UnitRef unit = new UnitRef(7, "330106", "西湖区", "西湖区", UnitType.values()[0], "/1/7/", 1L, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(out, new StudyReportScope(unit, LocalDate.of(2026, 12, 7),
                new Actor(1, "u", "用户", 7, "/1/7/", Set.of(Role.UNIT_ADMIN))));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).startsWith("study.report.doc.title");
            assertThat(text.indexOf("groups")).isLessThan(text.indexOf("sessions"));
            assertThat(text.indexOf("sessions")).isLessThan(text.indexOf("reading"));
        }
    }

    private static StudyReportSection section(int order, String text) {
        return new StudyReportSection() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public void write(StudyReportScope scope, XWPFDocument document) {
                document.createParagraph().createRun().setText(text);
            }
        };
    }
}
