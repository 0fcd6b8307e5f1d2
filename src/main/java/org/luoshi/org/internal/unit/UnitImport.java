package org.luoshi.org.internal.unit;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.luoshi.org.UnitType;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelReader;
import org.luoshi.shared.excel.ExcelRow;
import org.luoshi.shared.excel.ImportReport;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports units from the template (批量导入单位). Rows are checked one by one in file order, so a row may name
 * as its parent a unit created by an earlier row of the same file; every good row is saved, every bad row is
 * reported with its row number, column and the reason in Chinese.
 */
@Component
public class UnitImport {

    private final UnitSheet sheet;
    private final UnitRepository units;
    private final UnitValidator validator;
    private final UnitService service;
    private final Messages messages;

    UnitImport(UnitSheet sheet, UnitRepository units, UnitValidator validator, UnitService service,
            Messages messages) {
        this.sheet = sheet;
        this.units = units;
        this.validator = validator;
        this.service = service;
        this.messages = messages;
    }

    @Transactional
    public ImportReport importFrom(Actor actor, InputStream in) {
        if (!actor.hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN)) {
            throw BusinessException.forbidden("unit.forbidden.manage");
        }
        ImportReport report = new ImportReport();
        Map<String, UnitType> types = typesByName();
        try {
            ExcelReader.read(in, this::checkHeaders, row -> importRow(actor, row, types, report));
        } catch (ExcelReader.NotASpreadsheetException e) {
            throw BusinessException.invalid("file", "excel.notSpreadsheet");
        }
        return report;
    }

    public byte[] errorWorkbook(ImportReport report) {
        return report.errorWorkbook(messages.get("excel.errorReport.sheet"),
                List.of(messages.get("excel.errorReport.row"), messages.get("excel.errorReport.column"),
                        messages.get("excel.errorReport.reason")));
    }

    private void checkHeaders(List<String> headers) {
        sheet.headers().stream().filter(h -> !headers.contains(h)).findFirst().ifPresent(missing -> {
            throw BusinessException.invalid("file", "excel.missingHeader", missing);
        });
    }

    private void importRow(Actor actor, ExcelRow row, Map<String, UnitType> types, ImportReport report) {
        report.rowRead();
        String typeText = cell(row, "type");
        UnitType type = typeText == null ? null : types.get(typeText.toUpperCase(Locale.ROOT));
        UnitDetails details = new UnitDetails(cell(row, "code"), cell(row, "name"), cell(row, "shortName"), type,
                cell(row, "regionCode"), cell(row, "address"), cell(row, "phone"), cell(row, "email")).cleaned();
        String parentCode = cell(row, "parentCode");
        Optional<Unit> parent = parentCode == null ? Optional.empty()
                : units.findByCodeInScope(parentCode.toUpperCase(Locale.ROOT), actor.scopePath());
        List<UnitProblem> problems = parent.map(p -> validator.check(details, null, p))
                .orElseGet(() -> validator.checkOwn(details, null));
        if (typeText != null && type == null) {
            problems.removeIf(p -> p.field().equals("type"));
            problems.add(new UnitProblem("type", "unit.import.typeUnknown", typeText, String.join(messages.get("unit.list.separator"),
                    types.keySet().stream().filter(name -> !name.matches("[A-Z_]+")).sorted().toList())));
        }
        parentProblem(parentCode, parent).ifPresent(problems::add);
        if (problems.isEmpty()) {
            service.insertChecked(parent.orElseThrow(), details);
            report.imported(1);
        } else {
            problems.forEach(p -> report.reject(row.rowNumber(), sheet.header(p.field()),
                    messages.get(p.key(), p.args())));
        }
    }

    private static Optional<UnitProblem> parentProblem(String parentCode, Optional<Unit> parent) {
        if (parentCode == null) {
            return Optional.of(new UnitProblem("parentCode", "unit.import.parentRequired"));
        }
        if (parent.isEmpty()) {
            return Optional.of(new UnitProblem("parentCode", "unit.import.parentNotFound", parentCode));
        }
        if (!parent.get().isActive()) {
            return Optional.of(new UnitProblem("parentCode", "unit.parentNotActive", parent.get().name()));
        }
        return Optional.empty();
    }

    private String cell(ExcelRow row, String field) {
        return row.get(sheet.header(field));
    }

    /** Types by their Chinese name as in the bundle (县级老科协), and by their code (COUNTY) for exchange files. */
    private Map<String, UnitType> typesByName() {
        Map<String, UnitType> types = new HashMap<>();
        for (UnitType type : UnitType.values()) {
            types.put(messages.get("unit.type." + type.name()), type);
            types.put(type.name(), type);
        }
        return types;
    }
}
