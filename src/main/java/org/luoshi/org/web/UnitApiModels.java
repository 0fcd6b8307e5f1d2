package org.luoshi.org.web;

import java.util.List;
import org.luoshi.org.internal.unit.Unit;
import org.luoshi.org.internal.unit.UnitDetails;
import org.luoshi.org.internal.unit.UnitPerson;
import org.luoshi.org.internal.unit.UnitQueries;

/** The JSON shapes of the unit API. Types travel as codes (COUNTY); the Chinese name comes alongside. */
final class UnitApiModels {

    private UnitApiModels() {
    }

    /** A unit's details as sent by a client; {@code type} is a code such as COUNTY. */
    record UnitInput(String code, String name, String shortName, String type, String regionCode, String address,
            String phone, String email) {

        UnitDetails details() {
            return new UnitDetails(code, name, shortName, UnitTypes.parse(type), regionCode, address, phone, email);
        }
    }

    record CreateRequest(Long parentId, String code, String name, String shortName, String type, String regionCode,
            String address, String phone, String email) {

        UnitInput input() {
            return new UnitInput(code, name, shortName, type, regionCode, address, phone, email);
        }
    }

    record UpdateRequest(Integer version, String code, String name, String shortName, String type,
            String regionCode, String address, String phone, String email) {

        UnitInput input() {
            return new UnitInput(code, name, shortName, type, regionCode, address, phone, email);
        }
    }

    record MoveRequest(Long parentId, Integer version) {
    }

    record PersonRequest(String kind, String name, String position, String phone, String email, Integer sortOrder,
            Integer version) {

        UnitPerson.Details details() {
            return new UnitPerson.Details(UnitPersonForm.kind(kind), name, position, phone, email, sortOrder);
        }
    }

    record UnitJson(long id, String code, String name, String shortName, String type, String typeName,
            Long parentId, String path, int depth, String regionCode, String status, Long mergedIntoId,
            String address, String phone, String email, int version, Long memberCount, Long directMemberCount,
            List<UnitPerson> persons) {

        static UnitJson of(Unit u, String typeName) {
            return of(u, typeName, null, null, null);
        }

        static UnitJson of(Unit u, String typeName, Long memberCount, Long directMemberCount,
                List<UnitPerson> persons) {
            UnitDetails d = u.details();
            return new UnitJson(u.id(), d.code(), d.name(), d.shortName(), d.type().name(), typeName, u.parentId(),
                    u.path(), u.depth(), d.regionCode(), u.status().name(), u.mergedIntoId(), d.address(),
                    d.phone(), d.email(), u.version(), memberCount, directMemberCount, persons);
        }
    }

    record PageJson<T>(List<T> items, long total, int page, int size) {
    }

    record ImportError(int row, String column, String reason) {
    }

    record ImportJson(int rows, int imported, long rejectedRows, List<ImportError> errors) {
    }

    static PageJson<UnitQueries.UnitRow> page(org.luoshi.shared.web.Page<UnitQueries.UnitRow> page) {
        return new PageJson<>(page.items(), page.total(), page.page(), page.size());
    }
}
