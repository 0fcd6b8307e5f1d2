package org.luoshi.org.internal.demo;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.luoshi.org.UnitType;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Enrols demo members (会员) in every demo unit: retired scientists aged 60–90 with a field, a title, a former
 * employer near their unit, a political status and a valid phone and ID number, encrypted as the app stores them.
 */
final class DemoMembers {

    /** The least number of members per unit; each unit gets between this and twice as many. */
    private static final Map<UnitType, Integer> MEMBERS_PER_UNIT = Map.of(UnitType.PROVINCIAL, 14,
            UnitType.PREFECTURE, 10, UnitType.COUNTY, 5, UnitType.BRANCH, 14, UnitType.COMMITTEE, 3,
            UnitType.ENTERPRISE, 10, UnitType.GROUP_MEMBER, 5);
    private static final int YOUNGEST = 60;
    private static final int AGE_SPAN = 31;
    private static final double MEN = 0.68;
    // most members of a branch work in the branch's own fields
    private static final double IN_OWN_FIELDS = 0.8;
    // members join after retiring, and the associations' registers start around 1990
    private static final int JOINING_AGE = 55;
    private static final int REGISTERS_START = 1990;
    private static final int BATCH = 500;
    private static final Weighted<String> STATUSES = new Weighted<String>().add("ACTIVE", 94).add("WITHDRAWN", 3)
            .add("SUSPENDED", 2).add("DECEASED", 1);

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final Vocabulary vocabulary;
    private final PersonFactory people;
    private final Random random;
    private final LocalDate today;

    DemoMembers(JdbcTemplate jdbc, PersonalDataCipher cipher, Vocabulary vocabulary, PersonFactory people,
            LocalDate today) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.vocabulary = vocabulary;
        this.people = people;
        this.random = people.random();
        this.today = today;
    }

    int enrol(DemoTree tree) {
        List<Object[]> rows = new ArrayList<>();
        for (DemoTree.Unit unit : tree.units()) {
            int least = MEMBERS_PER_UNIT.get(unit.type());
            int count = least + random.nextInt(least + 1);
            for (int i = 0; i < count; i++) {
                rows.add(member(unit, provinceOf(unit, tree)));
            }
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate("""
                    insert into member (unit_id, unit_path, name, gender, birth_year, phone_enc, phone_hash,
                                        id_number_enc, id_number_hash, field, title, former_employer,
                                        political_status, joined_on, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, rows.subList(from, Math.min(from + BATCH, rows.size())));
        }
        return rows.size();
    }

    private Object[] member(DemoTree.Unit unit, DemoTree.Unit province) {
        boolean male = random.nextDouble() < MEN;
        LocalDate birthDate = birthDate();
        Vocabulary.Field field = field(unit);
        String place = unit.place() == null ? province.place() : unit.place();
        String employer = vocabulary.employersByGroup.get(field.group()).pick(random)
                .replace("{prov}", province.place()).replace("{local}", place);
        String phone = people.mobile();
        String idNumber = people.idNumber(unit.hasRegion() ? unit.regionCode() : province.regionCode(), birthDate,
                male);
        return new Object[] {unit.id(), unit.path(), people.name(male), male ? "M" : "F", birthDate.getYear(),
            cipher.encrypt(phone), cipher.lookupHash(phone), cipher.encrypt(idNumber), cipher.lookupHash(idNumber),
            field.name(), vocabulary.titlesByGroup.get(field.group()).pick(random), employer,
            vocabulary.politicalStatuses.pick(random), joinedOn(birthDate.getYear()), STATUSES.pick(random)};
    }

    /** Ages 60 to 90 this year, most around 75: the mean of two uniform draws. */
    private LocalDate birthDate() {
        int age = YOUNGEST + (int) ((random.nextDouble() + random.nextDouble()) / 2 * AGE_SPAN);
        int year = today.getYear() - age;
        return LocalDate.ofYearDay(year, 1 + random.nextInt(Year.of(year).length()));
    }

    private Vocabulary.Field field(DemoTree.Unit unit) {
        if (unit.fields().isEmpty() || random.nextDouble() >= IN_OWN_FIELDS) {
            return vocabulary.fields.pick(random);
        }
        String name = unit.fields().get(random.nextInt(unit.fields().size()));
        Vocabulary.Field field = vocabulary.fieldsByName.get(name);
        if (field == null) {
            throw new IllegalStateException(DemoTree.BODIES + ": field " + name + " of " + unit.code()
                    + " is missing from " + Vocabulary.LOCATION);
        }
        return field;
    }

    private LocalDate joinedOn(int birthYear) {
        LocalDate earliest = LocalDate.of(Math.max(birthYear + JOINING_AGE, REGISTERS_START), 1, 1);
        long days = ChronoUnit.DAYS.between(earliest, today);
        return earliest.plusDays((long) (random.nextDouble() * days));
    }

    /** A national body has no province: its members come from one drawn at random. */
    private DemoTree.Unit provinceOf(DemoTree.Unit unit, DemoTree tree) {
        if (unit.type() == UnitType.PROVINCIAL) {
            return unit;
        }
        if (unit.province() != null) {
            return unit.province();
        }
        List<DemoTree.Unit> provinces = tree.provinces();
        return provinces.get(random.nextInt(provinces.size()));
    }
}
