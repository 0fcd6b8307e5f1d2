package org.luoshi.study.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.office.WordText;
import org.springframework.stereotype.Component;

/**
 * 学习情况统计: the Word report of a unit's study on a day. It writes the title and the date, then lets each part of
 * the module write its section ({@link StudyReportSection}), in their order.
 */
@Component
public class StudyReportWriter {

    public static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final List<StudyReportSection> sections;
    private final Messages messages;

    StudyReportWriter(List<StudyReportSection> sections, Messages messages) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(StudyReportSection::order)).toList();
        this.messages = messages;
    }

    public String filename(StudyReportScope scope) {
        return messages.get("study.report.file", scope.unit().name(), scope.asOf().toString())
                .replaceAll("[\\\\/:*?\"<>|]", "_") + ".docx";
    }

    public void write(OutputStream out, StudyReportScope scope) {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            WordText.run(title, messages.get("study.report.doc.title"), messages.get("study.report.font.title"), 22,
                    true);
            XWPFParagraph subtitle = document.createParagraph();
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            WordText.run(subtitle, messages.get("study.report.doc.subtitle", scope.unit().name(),
                    CHINESE_DATE.format(scope.asOf())), messages.get("study.report.font.body"), 16, false);
            for (StudyReportSection section : sections) {
                section.write(scope, document);
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
