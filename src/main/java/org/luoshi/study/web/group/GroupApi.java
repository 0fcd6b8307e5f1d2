package org.luoshi.study.web.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.study.internal.group.EditLeadingGroup;
import org.luoshi.study.internal.group.GroupChange;
import org.luoshi.study.internal.group.LeadingGroup;
import org.luoshi.study.internal.group.RecordLeadingGroup;
import org.luoshi.study.internal.group.Seat;
import org.luoshi.study.internal.group.SeatDetails;
import org.luoshi.study.internal.group.SeatRole;

/** The JSON shapes of the leading-group API. */
final class GroupApi {

    private GroupApi() {
    }

    /** 登记领导小组: unitId defaults to the caller's unit, itemId to the plan's first item the unit may link to. */
    record GroupRequest(Long unitId, Long planId, Long itemId, LocalDate setUpOn) {
        RecordLeadingGroup command() {
            return new RecordLeadingGroup(unitId, planId, itemId, setUpOn);
        }
    }

    /** 修改: itemId null means the group no longer counts toward an item. */
    record GroupUpdate(LocalDate setUpOn, Long itemId, Integer version) {
        EditLeadingGroup command() {
            return new EditLeadingGroup(setUpOn, itemId, version);
        }
    }

    record SeatRequest(SeatRole role, Long memberId, String name, String post, String phone, Integer sortOrder) {
        SeatDetails details() {
            return new SeatDetails(role, memberId, name, post, phone, sortOrder);
        }
    }

    record SeatJson(long id, SeatRole role, Long memberId, String name, String post, String phone, int sortOrder) {
        static SeatJson of(Seat seat) {
            return new SeatJson(seat.id(), seat.role(), seat.memberId(), seat.name(), seat.post(), seat.phone(),
                    seat.sortOrder());
        }
    }

    /** A group with its seats, phone numbers masked, and what the caller may do with it. */
    record GroupJson(long id, long unitId, long planId, String planTitle, Long itemId, LocalDate setUpOn,
            Long documentId, int version, List<SeatJson> seats, boolean mayEdit, boolean mayReveal) {
        static GroupJson of(LeadingGroup group, boolean mayEdit, boolean mayReveal) {
            return new GroupJson(group.id(), group.unitId(), group.planId(), group.planTitle(), group.itemId(),
                    group.setUpOn(), group.documentId(), group.version(),
                    group.seats().stream().map(seat -> SeatJson.of(seat.masked())).toList(), mayEdit, mayReveal);
        }
    }

    record ChangeJson(Instant at, String actorName, String summary) {
        static ChangeJson of(GroupChange change) {
            return new ChangeJson(change.at(), change.actorName(), change.summary());
        }
    }
}
