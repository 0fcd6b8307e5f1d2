package org.luoshi.plan.internal.rollup;

import org.luoshi.shared.office.WordText;
import org.luoshi.shared.text.BookTitle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.RollupCounted;
import org.luoshi.plan.internal.counting.CountedText;
import org.luoshi.plan.RollupChild;
import org.luoshi.plan.RollupFigures;
import org.luoshi.plan.RollupItemBreakdown;
import org.luoshi.plan.RollupLaggard;
import org.luoshi.plan.RollupScope;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Component;

/**
 * 工作情况报告: the roll-up of a unit and plan at a day as a Word document in the customer's house style (title in
 * 小标宋-like bold 宋体, body in 仿宋): the headline figures, a table per item with a row per child unit, then unit by
 * unit its measures, accepted progress with its photos as figures, 经验做法 and next steps, and the laggards.
 */
@Component
public class RollupReportWriter {

    private static final int LAGGARDS_LISTED = PageQuery.MAX_SIZE;
    private static final int PHOTOS_PER_REPORT = 3;
    /** The width of A4 text at the customer's margins, in points: a photo never runs into the margin. */
    private static final double PHOTO_WIDTH_PT = 400;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final PlanRollups rollups;
    private final Messages messages;
    private final UnitNarratives narratives;
    private final FileStore files;
    private final CountedText counted;

    RollupReportWriter(PlanRollups rollups, Messages messages, UnitNarratives narratives, FileStore files,
            CountedText counted) {
        this.rollups = rollups;
        this.messages = messages;
        this.narratives = narratives;
        this.files = files;
        this.counted = counted;
    }

    public String filename(RollupScope scope, LocalDate date) {
        return messages.get("rollup.report.file", BookTitle.cite(scope.plan().title()), scope.unit().name(),
                date.toString()).replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    public void write(OutputStream out, RollupScope scope, LocalDate date) {
        try (XWPFDocument document = new XWPFDocument()) {
            title(document, scope, date);
            headline(document, scope, date);
            items(document, scope, date);
            new UnitSections(document, date).write(narratives.of(scope, date));
            laggards(document, scope, date);
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void title(XWPFDocument document, RollupScope scope, LocalDate date) {
        XWPFParagraph title = document.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, messages.get("rollup.report.title", BookTitle.cite(scope.plan().title())), font("title"), 22, true);
        XWPFParagraph subtitle = document.createParagraph();
        subtitle.setAlignment(ParagraphAlignment.CENTER);
        run(subtitle, messages.get("rollup.report.subtitle", scope.unit().name(), CHINESE_DATE.format(date)),
                font("body"), 16, false);
    }

    private void headline(XWPFDocument document, RollupScope scope, LocalDate date) {
        RollupFigures f = rollups.summary(scope, date);
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationFirstLine(640);
        run(paragraph, messages.get("rollup.report.figures", CHINESE_DATE.format(date), scope.unit().name(),
                f.assignments(), f.acknowledged(), f.acknowledgementRate(), f.implSubmitted(), f.implApproved(),
                f.implementationRate(), f.items(), f.accepted(), f.completionRate(), f.acceptedOnTime(),
                f.onTimeRate(), f.overdue()), font("body"), 16, false);
    }

    private void items(XWPFDocument document, RollupScope scope, LocalDate date) {
        heading(document, messages.get("rollup.report.items"));
        for (RollupItemBreakdown breakdown : rollups.byItemAndChildUnit(scope, date)) {
            var item = breakdown.item();
            XWPFParagraph caption = document.createParagraph();
            run(caption, messages.get("rollup.report.item", item.numbering(), item.title(),
                    item.dueOn() == null ? messages.get("rollup.report.noDue") : CHINESE_DATE.format(item.dueOn())),
                    font("body"), 14, true);
            countedLine(document, item.counted(), item.figures().items());
            List<String> headers = List.of(messages.get("rollup.child"), messages.get("rollup.assignments"),
                    messages.get("rollup.accepted"), messages.get("rollup.completionRate"),
                    messages.get("rollup.acceptedOnTime"), messages.get("rollup.onTimeRate"),
                    messages.get("rollup.overdue"), messages.get("rollup.counted"),
                    messages.get("rollup.counted.reached"));
            XWPFTable table = table(document, headers);
            for (RollupChild child : breakdown.children()) {
                String name = child.unitId() == scope.unit().id()
                        ? messages.get("rollup.unit.own", child.unitName()) : child.unitName();
                row(table, name, child.figures(), child.counted());
            }
            row(table, messages.get("rollup.headline"), item.figures(), item.counted());
        }
    }

    /** Under an item's caption, where work is counted toward it: "计入 7 次集体学习 / 目标 4 次（每单位），2 个单位已达标". */
    private void countedLine(XWPFDocument document, RollupCounted work, long units) {
        if (work.work().isEmpty()) {
            return;
        }
        String target = work.work().hasTarget()
                ? messages.get("rollup.report.counted.target", counted.target(work.work()), work.unitsReached(), units)
                : "";
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, messages.get("rollup.report.counted", counted.figure(work.work()), target), font("body"), 14,
                false);
    }

    private void laggards(XWPFDocument document, RollupScope scope, LocalDate date) {
        heading(document, messages.get("rollup.report.laggards"));
        Page<RollupLaggard> laggards = rollups.laggards(scope, date, new PageQuery(1, LAGGARDS_LISTED));
        if (laggards.total() == 0) {
            run(document.createParagraph(), messages.get("rollup.report.noLaggards"), font("body"), 14, false);
            return;
        }
        XWPFTable table = table(document, List.of(messages.get("rollup.child"),
                messages.get("rollup.report.laggard.state")));
        for (RollupLaggard laggard : laggards.items()) {
            XWPFTableRow row = table.createRow();
            cell(row, 0, laggard.unitName(), false);
            cell(row, 1, laggardState(laggard), false);
        }
        if (laggards.total() > laggards.items().size()) {
            run(document.createParagraph(), messages.get("rollup.report.more",
                    laggards.total() - laggards.items().size()), font("body"), 14, false);
        }
    }

    private String laggardState(RollupLaggard laggard) {
        StringBuilder state = new StringBuilder();
        if (laggard.daysOverdue() != null) {
            state.append(messages.get("rollup.report.laggard.overdue", laggard.overdueItems(), laggard.daysOverdue()));
        }
        if (laggard.daysUnacknowledged() != null
                && laggard.daysUnacknowledged() > rollups.acknowledgeWithinDays()) {
            if (!state.isEmpty()) {
                state.append(messages.get("rollup.report.laggard.separator"));
            }
            state.append(messages.get("rollup.report.laggard.unacknowledged", laggard.daysUnacknowledged()));
        }
        return state.toString();
    }

    /** 二、各单位工作情况: per unit its measures, progress with photos as numbered figures, 经验做法, next steps. */
    private final class UnitSections {

        private final XWPFDocument document;
        private final LocalDate date;
        private int figure;

        UnitSections(XWPFDocument document, LocalDate date) {
            this.document = document;
            this.date = date;
        }

        void write(List<UnitNarratives.Narrative> units) {
            heading(document, messages.get("rollup.report.units"));
            if (units.isEmpty()) {
                body(messages.get("rollup.report.units.none"));
            }
            for (UnitNarratives.Narrative unit : units) {
                run(document.createParagraph(), unit.unitName(), font("heading"), 15, true);
                measures(unit.of(UnitNarratives.Kind.MEASURE));
                progress(unit, unit.of(UnitNarratives.Kind.PROGRESS));
                experience(unit.of(UnitNarratives.Kind.EXPERIENCE));
                nextSteps(unit.of(UnitNarratives.Kind.NEXT));
            }
        }

        private void measures(List<UnitNarratives.Line> lines) {
            subheading("rollup.report.measures");
            if (lines.isEmpty()) {
                body(messages.get("rollup.report.measures.none"));
            }
            for (UnitNarratives.Line line : lines) {
                body(messages.get("rollup.report.measure", line.citation(), line.text(), line.who(),
                        line.dueOn() == null ? messages.get("rollup.report.noDue") : CHINESE_DATE.format(line.dueOn()),
                        line.target() == null ? "" : messages.get("rollup.report.measure.target", line.target())));
            }
        }

        private void progress(UnitNarratives.Narrative unit, List<UnitNarratives.Line> lines) {
            subheading("rollup.report.progress");
            if (lines.isEmpty()) {
                body(messages.get("rollup.report.progress.none"));
            }
            for (UnitNarratives.Line line : lines) {
                body(messages.get("rollup.report.progress.line", line.citation(), line.itemTitle(), line.text()));
                for (long photo : narratives.photos(line.reportId(), PHOTOS_PER_REPORT)) {
                    files.content(photo).ifPresent(bytes -> picture(bytes,
                            messages.get("rollup.report.figure", ++figure, unit.unitName(), line.itemTitle())));
                }
            }
        }

        private void experience(List<UnitNarratives.Line> lines) {
            subheading("rollup.report.experience");
            if (lines.isEmpty()) {
                body(messages.get("rollup.report.experience.none"));
            }
            for (UnitNarratives.Line line : lines) {
                body(messages.get("rollup.report.experience.line", line.citation(), line.text(),
                        line.who() == null ? "" : line.who()));
            }
        }

        private void nextSteps(List<UnitNarratives.Line> lines) {
            subheading("rollup.report.next");
            if (lines.isEmpty()) {
                body(messages.get("rollup.report.next.none"));
            }
            for (UnitNarratives.Line line : lines) {
                String due = line.dueOn() == null ? messages.get("rollup.report.noDue")
                        : CHINESE_DATE.format(line.dueOn());
                String key = line.dueOn() != null && line.dueOn().isBefore(date)
                        ? "rollup.report.next.overdue" : "rollup.report.next.line";
                body(messages.get(key, line.citation(), line.itemTitle(), due,
                        line.text() == null ? messages.get("rollup.report.next.noMeasure") : line.text()));
            }
        }

        private void subheading(String key) {
            run(document.createParagraph(), messages.get(key), font("body"), 16, true);
        }

        private void body(String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setIndentationFirstLine(640);
            run(paragraph, text, font("body"), 16, false);
        }

        /** A photo scaled to the text width, centred, with its caption below; a broken image is left out. */
        private void picture(byte[] bytes, String caption) {
            try {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                if (image == null) {
                    return;
                }
                double scale = Math.min(1.0, PHOTO_WIDTH_PT / image.getWidth());
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.CENTER);
                paragraph.createRun().addPicture(new ByteArrayInputStream(bytes), pictureType(bytes), "photo",
                        Units.toEMU(image.getWidth() * scale), Units.toEMU(image.getHeight() * scale));
                XWPFParagraph label = document.createParagraph();
                label.setAlignment(ParagraphAlignment.CENTER);
                run(label, caption, font("body"), 12, false);
            } catch (IOException | InvalidFormatException e) {
                // an unreadable photo must not cost the secretary the whole report
            }
        }
    }

    private static int pictureType(byte[] bytes) {
        return bytes.length > 1 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                ? Document.PICTURE_TYPE_JPEG : Document.PICTURE_TYPE_PNG;
    }

    /** The customer's fonts (宋体 title, 黑体 headings, 仿宋 body) are named in the message bundle. */
    private String font(String role) {
        return messages.get("rollup.report.font." + role);
    }

    private void heading(XWPFDocument document, String text) {
        run(document.createParagraph(), text, font("heading"), 16, true);
    }

    private XWPFTable table(XWPFDocument document, List<String> headers) {
        return WordText.table(document, headers, font("body"), 12);
    }

    private void row(XWPFTable table, String name, RollupFigures f, RollupCounted work) {
        XWPFTableRow row = table.createRow();
        Object[] values = {name, f.items(), f.accepted(), f.completionRate() + "%", f.acceptedOnTime(),
            f.onTimeRate() + "%", f.overdue(), counted.figure(work.work()),
            work.work().hasTarget() ? work.unitsReached() : ""};
        for (int c = 0; c < values.length; c++) {
            cell(row, c, String.valueOf(values[c]), false);
        }
    }

    private void cell(XWPFTableRow row, int column, String text, boolean bold) {
        WordText.cell(row, column, text, font("body"), 12, bold);
    }

    private void run(XWPFParagraph paragraph, String text, String font, int points, boolean bold) {
        WordText.run(paragraph, text, font, points, bold);
    }
}
