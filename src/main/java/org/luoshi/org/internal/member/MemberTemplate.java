package org.luoshi.org.internal.member;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.ColumnStyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.luoshi.shared.error.Messages;
import org.springframework.stereotype.Component;

/**
 * The published import template: the member sheet with its headers (phone and ID columns formatted as text, so Excel
 * keeps all 18 digits), and a second sheet explaining each column and the values it accepts.
 */
@Component
public class MemberTemplate {

    private final Messages messages;

    MemberTemplate(Messages messages) {
        this.messages = messages;
    }

    public void write(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Luoshi", "1.0");
            members(workbook.newWorksheet(messages.get("member.template.sheet")));
            help(workbook.newWorksheet(messages.get("member.template.helpSheet")));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void members(Worksheet sheet) {
        List<String> headers = MemberColumn.headers(messages);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("DDE7F0").set();
            sheet.width(c, 16);
        }
        asText(sheet, MemberColumn.PHONE.ordinal());
        asText(sheet, MemberColumn.ID_NUMBER.ordinal());
        asText(sheet, MemberColumn.UNIT_CODE.ordinal());
        sheet.width(MemberColumn.ID_NUMBER.ordinal(), 24);
        sheet.freezePane(0, 1);
    }

    private static void asText(Worksheet sheet, int column) {
        ColumnStyleSetter style = sheet.style(column);
        style.format("@");
        style.set();
    }

    private void help(Worksheet sheet) {
        List<String> headers = List.of(messages.get("member.template.help.column"),
                messages.get("member.template.help.required"), messages.get("member.template.help.rule"));
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("DDE7F0").set();
        }
        sheet.width(0, 16);
        sheet.width(1, 10);
        sheet.width(2, 90);
        int r = 1;
        for (MemberColumn column : MemberColumn.values()) {
            sheet.value(r, 0, column.header(messages));
            sheet.value(r, 1, messages.get(column.required() ? "member.template.help.yes" : "member.template.help.no"));
            sheet.value(r, 2, messages.get("member.template.help." + column.field()));
            r++;
        }
    }
}
