package org.luoshi.org.internal.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.luoshi.org.UnitType;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Checks a unit's details before they are saved, collecting every problem so the user can fix them in one go:
 * name required (at most 200 characters), code required and unique (letters, digits and '-', 2 to 32
 * characters), region code six digits lying inside the parent's region, type allowed under the parent's type
 * ({@link UnitTypeRules}) and, when the type changes, still able to hold the unit's children.
 */
@Component
class UnitValidator {

    static final int NAME_MAX = 200;
    static final int SHORT_NAME_MAX = 60;
    static final int ADDRESS_MAX = 300;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    private static final Pattern REGION = Pattern.compile("\\d{6}");

    private final UnitRepository units;

    UnitValidator(UnitRepository units) {
        this.units = units;
    }

    /**
     * @param self   the unit being edited, or null for a new one
     * @param parent the parent it hangs (or will hang) under, or null for the root
     */
    List<UnitProblem> check(UnitDetails d, Unit self, Unit parent) {
        List<UnitProblem> problems = checkOwn(d, self);
        checkType(d.type(), self, parent, problems);
        checkRegion(d.regionCode(), parent, problems);
        return problems;
    }

    /** The checks that do not depend on the parent: for an import row whose parent could not be found. */
    List<UnitProblem> checkOwn(UnitDetails d, Unit self) {
        List<UnitProblem> problems = new ArrayList<>();
        checkName(d, problems);
        checkCode(d.code(), self, problems);
        if (d.type() == null) {
            problems.add(new UnitProblem("type", "unit.type.required"));
        }
        if (d.regionCode() != null && !REGION.matcher(d.regionCode()).matches()) {
            problems.add(new UnitProblem("regionCode", "unit.regionCode.format", d.regionCode()));
        }
        checkContacts(d, problems);
        return problems;
    }

    void require(UnitDetails d, Unit self, Unit parent) {
        List<UnitProblem> problems = check(d, self, parent);
        if (!problems.isEmpty()) {
            throw new InvalidUnitException(problems);
        }
    }

    private void checkName(UnitDetails d, List<UnitProblem> problems) {
        if (d.name() == null) {
            problems.add(new UnitProblem("name", "unit.name.required"));
        } else if (d.name().length() > NAME_MAX) {
            problems.add(new UnitProblem("name", "unit.name.tooLong", NAME_MAX, d.name().length()));
        }
        if (d.shortName() != null && d.shortName().length() > SHORT_NAME_MAX) {
            problems.add(new UnitProblem("shortName", "unit.shortName.tooLong", SHORT_NAME_MAX));
        }
    }

    private void checkCode(String code, Unit self, List<UnitProblem> problems) {
        if (code == null) {
            problems.add(new UnitProblem("code", "unit.code.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new UnitProblem("code", "unit.code.format", code));
        } else if (units.codeTaken(code, self == null ? null : self.id())) {
            problems.add(new UnitProblem("code", "unit.code.taken", code));
        }
    }

    private void checkType(UnitType type, Unit self, Unit parent, List<UnitProblem> problems) {
        if (type == null) {
            return;
        }
        if (parent == null && type != UnitType.NATIONAL) {
            problems.add(new UnitProblem("type", "unit.type.rootIsNational"));
        } else if (parent != null && !UnitTypeRules.allows(parent.type(), type)) {
            problems.add(new UnitProblem("type", "unit.type.notAllowedUnder", label(type), label(parent.type())));
        }
        if (self != null && type != self.type()) {
            Set<UnitType> childTypes = units.activeChildTypes(self.id());
            childTypes.stream().filter(child -> !UnitTypeRules.allows(type, child)).findFirst().ifPresent(
                    child -> problems.add(new UnitProblem("type", "unit.type.cannotHoldChildren", label(type),
                            label(child))));
        }
    }

    private void checkRegion(String region, Unit parent, List<UnitProblem> problems) {
        if (region == null || !REGION.matcher(region).matches()) {
            return;
        }
        String parentRegion = parent == null ? null : parent.details().regionCode();
        if (parentRegion != null && !region.startsWith(regionPrefix(parentRegion))) {
            problems.add(new UnitProblem("regionCode", "unit.regionCode.outsideParent", region, parentRegion));
        }
    }

    /** The Chinese name of a type, resolved when the message is shown. */
    static MessageSourceResolvable label(UnitType type) {
        return new DefaultMessageSourceResolvable("unit.type." + type.name());
    }

    /** GB/T 2260: 420000 is a province, 420100 a prefecture in it, 420102 a county in that; trailing 00s widen. */
    static String regionPrefix(String region) {
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    private void checkContacts(UnitDetails d, List<UnitProblem> problems) {
        if (d.address() != null && d.address().length() > ADDRESS_MAX) {
            problems.add(new UnitProblem("address", "unit.address.tooLong", ADDRESS_MAX));
        }
        if (ContactFormats.badPhone(d.phone())) {
            problems.add(new UnitProblem("phone", "unit.phone.format", d.phone()));
        }
        if (ContactFormats.badEmail(d.email())) {
            problems.add(new UnitProblem("email", "unit.email.format", d.email()));
        }
    }
}
