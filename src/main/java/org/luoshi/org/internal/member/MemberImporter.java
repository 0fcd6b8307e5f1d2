package org.luoshi.org.internal.member;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.org.internal.member.MemberRepository.NewMember;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelReader;
import org.luoshi.shared.excel.ExcelRow;
import org.luoshi.shared.excel.ImportReport;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.text.TextNormalizer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 会员导入: reads an uploaded sheet row by row, checks every row with the same rules as the form, and inserts the good
 * rows in batches while it reads, so a 100,000-row file never sits in memory. Bad rows are reported with their Excel
 * row number, column and reason; good rows are kept whatever happens to the bad ones.
 */
@Component
public class MemberImporter {

    /** Rows per JDBC batch and per transaction. */
    static final int BATCH = 1000;

    private final MemberRules rules;
    private final MemberAccess access;
    private final MemberRepository members;
    private final MemberImportStore store;
    private final PersonalDataSeal seal;
    private final IdNumberProbes probes;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final Messages messages;
    private final TransactionTemplate transaction;

    MemberImporter(MemberRules rules, MemberAccess access, MemberRepository members, MemberImportStore store,
            PersonalDataSeal seal, IdNumberProbes probes, UnitDirectory units, AuditTrail audit, Messages messages,
            TransactionTemplate transaction) {
        this.rules = rules;
        this.access = access;
        this.members = members;
        this.store = store;
        this.seal = seal;
        this.probes = probes;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
        this.transaction = transaction;
    }

    public MemberImportSummary importFile(InputStream in, String fileName) {
        Actor actor = access.manager();
        Run run = new Run(actor);
        try {
            ExcelReader.read(in, run::headers, run::row);
        } catch (ExcelReader.NotASpreadsheetException e) {
            throw BusinessException.invalid("file", "excel.notSpreadsheet");
        }
        run.flush();
        return finish(actor, run.report, fileName);
    }

    /** The summary of an earlier import, if it was made in the actor's subtree. */
    public MemberImportSummary find(long id) {
        Actor actor = access.manager();
        return store.find(id, actor.scopePath()).orElseThrow(() -> BusinessException.notFound("member.import.notFound"));
    }

    public byte[] errorReport(long id) {
        Actor actor = access.manager();
        return store.report(id, actor.scopePath()).orElseThrow(
                () -> BusinessException.notFound("member.import.notFound"));
    }

    private MemberImportSummary finish(Actor actor, ImportReport report, String fileName) {
        byte[] workbook = report.errorWorkbook(messages.get("excel.errorReport.sheet"),
                List.of(messages.get("excel.errorReport.row"), messages.get("excel.errorReport.column"),
                        messages.get("excel.errorReport.reason")));
        int rejected = (int) report.rejectedRowCount();
        String name = fileName == null ? null : TextNormalizer.clean(fileName);
        String shortName = name == null || name.length() <= 200 ? name : name.substring(0, 200);
        long id = transaction.execute(status -> {
            long saved = store.save(actor.accountId(), actor.scopePath(), shortName, report.rows(),
                    report.importedCount(), rejected, report.errors(), workbook);
            audit.record("MEMBERS_IMPORTED", MemberRegistry.ENTITY, null, actor.scopePath(),
                    messages.get("member.audit.imported", shortName == null ? "" : shortName, report.rows(),
                            report.importedCount(), rejected),
                    null, Map.of("importId", saved, "rows", report.rows(), "imported", report.importedCount(),
                            "rejected", rejected));
            return saved;
        });
        return new MemberImportSummary(id, shortName, null, report.rows(), report.importedCount(), rejected,
                report.errors());
    }

    /** The state of one import while its rows stream by. */
    private final class Run {

        private final Actor actor;
        private final ImportReport report = new ImportReport();
        private final Map<MemberColumn, String> headers = new EnumMap<>(MemberColumn.class);
        private final Map<String, Optional<UnitRef>> unitsByCode = new HashMap<>();
        /** Normalised ID number → the row it first appeared on: catches duplicates inside the file. */
        private final Map<String, Integer> seen = new HashMap<>();
        private List<Pending> batch = new ArrayList<>(BATCH);

        Run(Actor actor) {
            this.actor = actor;
        }

        void headers(List<String> found) {
            for (MemberColumn column : MemberColumn.values()) {
                String header = column.header(messages);
                if (!found.contains(header)) {
                    throw BusinessException.invalid("file", "excel.missingHeader", header);
                }
                headers.put(column, header);
            }
        }

        void row(ExcelRow row) {
            report.rowRead();
            MemberRules.Checked checked = rules.check(input(row));
            List<FieldProblem> problems = new ArrayList<>(checked.problems());
            UnitRef unit = unit(row.get(headers.get(MemberColumn.UNIT_CODE)), problems);
            if (checked.ok() && checked.details().idNumber() != null) {
                Integer first = seen.putIfAbsent(checked.details().idNumber(), row.rowNumber());
                if (first != null) {
                    problems.add(new FieldProblem("idNumber", "member.idNumber.duplicateInFile",
                            new Object[] {first}));
                }
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> reject(row.rowNumber(), p));
                return;
            }
            batch.add(new Pending(row.rowNumber(), unit, checked.details()));
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Pending> rows = batch;
            batch = new ArrayList<>(BATCH);
            transaction.executeWithoutResult(status -> insert(rows));
        }

        private void insert(List<Pending> rows) {
            List<NewMember> fresh = new ArrayList<>(rows.size());
            List<Pending> kept = new ArrayList<>(rows.size());
            List<NewMember> sealed = rows.stream().map(p -> new NewMember(p.unit.id(), p.unit.path(), p.details,
                    seal.seal(p.details))).toList();
            Map<ByteBuffer, String> registered = members.registeredIdNumbers(sealed.stream()
                    .map(m -> m.sealed().idNumberHash()).filter(h -> h != null).toList());
            // the same limit as the form: a file of ID numbers must not probe more than one by one can
            int allowance = probes.remaining(actor);
            for (int i = 0; i < rows.size(); i++) {
                byte[] hash = sealed.get(i).sealed().idNumberHash();
                String holder = hash == null ? null : registered.get(ByteBuffer.wrap(hash));
                if (hash != null && allowance <= 0) {
                    reject(rows.get(i).rowNumber, new FieldProblem("idNumber", "member.idNumber.probesExhausted",
                            probes.exhausted().args()));
                } else if (holder != null) {
                    if (!actor.covers(holder)) {
                        probes.record(actor, rows.get(i).details.idNumber());
                        allowance--;
                    }
                    rejectRegistered(rows.get(i));
                } else {
                    fresh.add(sealed.get(i));
                    kept.add(rows.get(i));
                }
            }
            int[] counts = fresh.isEmpty() ? new int[0] : members.insertAll(fresh);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    rejectRegistered(kept.get(i));
                } else {
                    report.imported(1);
                }
            }
        }

        private void rejectRegistered(Pending row) {
            reject(row.rowNumber, new FieldProblem("idNumber", "member.idNumber.registered", new Object[0]));
        }

        private UnitRef unit(String rawCode, List<FieldProblem> problems) {
            String code = TextNormalizer.compact(rawCode);
            if (code == null) {
                problems.add(new FieldProblem("unitCode", "member.unitCode.required", new Object[0]));
                return null;
            }
            Optional<UnitRef> unit = unitsByCode.computeIfAbsent(code,
                    c -> units.findByCode(c).filter(u -> actor.covers(u.path())));
            if (unit.isEmpty()) {
                problems.add(new FieldProblem("unitCode", "member.unitCode.unknown", new Object[] {code}));
                return null;
            }
            if (!unit.get().active()) {
                problems.add(new FieldProblem("unitCode", "member.unitCode.inactive",
                        new Object[] {code, unit.get().name()}));
                return null;
            }
            return unit.get();
        }

        private MemberInput input(ExcelRow row) {
            return new MemberInput(cell(row, MemberColumn.NAME), cell(row, MemberColumn.GENDER),
                    cell(row, MemberColumn.BIRTH_YEAR), cell(row, MemberColumn.PHONE),
                    cell(row, MemberColumn.ID_NUMBER), cell(row, MemberColumn.FIELD), cell(row, MemberColumn.TITLE),
                    cell(row, MemberColumn.FORMER_EMPLOYER), cell(row, MemberColumn.POLITICAL_STATUS),
                    cell(row, MemberColumn.JOINED_ON));
        }

        private String cell(ExcelRow row, MemberColumn column) {
            return row.get(headers.get(column));
        }

        private void reject(int rowNumber, FieldProblem problem) {
            report.reject(rowNumber, MemberColumn.ofField(problem.field()).header(messages),
                    messages.get(problem.messageKey(), problem.args()));
        }
    }

    private record Pending(int rowNumber, UnitRef unit, MemberDetails details) {
    }
}
