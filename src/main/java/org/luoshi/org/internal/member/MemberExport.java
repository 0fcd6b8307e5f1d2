package org.luoshi.org.internal.member;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the filtered member list to xlsx, streaming from a database cursor to the response. Phone and ID number
 * are masked; full numbers are an explicit choice that only a role entitled to reveal them may make. Every export
 * is audited, saying which kind it was.
 */
@Component
public class MemberExport {

    private final MemberRepository members;
    private final MemberRegistry registry;
    private final MemberAccess access;
    private final AuditTrail audit;
    private final Messages messages;

    MemberExport(MemberRepository members, MemberRegistry registry, MemberAccess access, AuditTrail audit,
            Messages messages) {
        this.members = members;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** Where the workbook goes; opened only once the actor was allowed, so a refusal still shows as an error. */
    public interface Sink {
        OutputStream open() throws IOException;
    }

    /** The filtered list with phone and ID number masked, for anyone who may read the list. */
    @Transactional
    public void export(MemberFilter filter, Sink sink) {
        export(access.reader(), filter, false, sink);
    }

    /** The filtered list with full phone and ID numbers: chosen explicitly, by an entitled role only. */
    @Transactional
    public void exportUnmasked(MemberFilter filter, Sink sink) {
        export(access.revealer(), filter, true, sink);
    }

    private void export(Actor actor, MemberFilter filter, boolean unmasked, Sink sink) {
        UnitRef scope = access.scopeUnit(actor, filter.unitId());
        List<String> headers = new ArrayList<>(MemberColumn.headers(messages));
        headers.add(messages.get("member.column.unitName"));
        headers.add(messages.get("member.column.status"));
        AtomicLong count = new AtomicLong();
        Map<Long, UnitRef> unitCache = new HashMap<>();
        try (Stream<MemberRecord> rows = members.stream(scope.path(), filter)) {
            OutputStream out = sink.open();
            ExcelWriter.write(out, messages.get("member.export.sheet"), headers, rows.map(m -> {
                count.incrementAndGet();
                return row(registry.view(m, unmasked, unitCache));
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rows", count.get());
        after.put("unmasked", unmasked);
        after.put("filter", filter);
        audit.record(unmasked ? "MEMBERS_EXPORTED_UNMASKED" : "MEMBERS_EXPORTED", MemberRegistry.ENTITY, null,
                scope.path(), messages.get(unmasked ? "member.audit.exportedUnmasked" : "member.audit.exported",
                        count.get(), scope.name()), null, after);
    }

    private List<Object> row(MemberView m) {
        return Arrays.asList(m.name(), m.gender() == null ? null : messages.get("member.gender." + m.gender()),
                m.birthYear(), m.phone(), m.idNumber(), m.unitCode(), m.field(), m.title(), m.formerEmployer(),
                m.politicalStatus(), m.joinedOn(), m.unitName(), messages.get("member.status." + m.status()));
    }
}
