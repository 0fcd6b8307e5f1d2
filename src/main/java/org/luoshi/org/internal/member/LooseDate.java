package org.luoshi.org.internal.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.shared.text.TextNormalizer;

/**
 * A date as Chinese offices write it in spreadsheets: 2020-01-01, 2020/1/1, 2020.1.1, 2020年1月1日, 20200101,
 * or the serial number Excel stores for a date-formatted cell.
 */
public final class LooseDate {

    // separators: - / . and 年 月 (with an optional trailing 日)
    private static final Pattern WRITTEN =
            Pattern.compile("(\\d{4})[-/.\u5e74](\\d{1,2})[-/.\u6708](\\d{1,2})\u65e5?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** Five digits: 10000 is 1927-05-18, 99999 is 2173; a bare year such as 2020 is not taken for a serial. */
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");
    /** Excel counts days from 1899-12-30 (its 1900 leap-year bug makes the 30th, not the 31st, day zero). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private LooseDate() {
    }

    /** The date, or null when nothing was typed; throws {@link InvalidValue} when it cannot be read. */
    public static LocalDate parse(String raw, LocalDate today) {
        String text = TextNormalizer.compact(raw);
        if (text == null) {
            return null;
        }
        LocalDate date = read(text);
        if (date == null || date.isBefore(EARLIEST)) {
            throw new InvalidValue("member.joinedOn.format", text);
        }
        if (date.isAfter(today)) {
            throw new InvalidValue("member.joinedOn.future", date.toString());
        }
        return date;
    }

    private static LocalDate read(String text) {
        Matcher written = WRITTEN.matcher(text);
        if (written.matches()) {
            return date(written);
        }
        Matcher compact = COMPACT.matcher(text);
        if (compact.matches()) {
            return date(compact);
        }
        if (SERIAL.matcher(text).matches()) {
            long days = Long.parseLong(text.replaceAll("\\..*", ""));
            return days > 0 ? EXCEL_EPOCH.plusDays(days) : null;
        }
        return null;
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
