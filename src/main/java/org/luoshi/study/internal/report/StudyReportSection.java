package org.luoshi.study.internal.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * One part of the 学习情况统计 Word report of a unit on a date: each part of the module (leading groups, sessions,
 * reading) writes its own figures, so the report grows with the module without one class knowing every table.
 */
public interface StudyReportSection {

    /** Where the section stands in the report: leading groups 10, sessions 20, reading 30. */
    int order();

    void write(StudyReportScope scope, XWPFDocument document);
}
