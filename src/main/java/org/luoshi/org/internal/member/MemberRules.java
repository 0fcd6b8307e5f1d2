package org.luoshi.org.internal.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.text.TextNormalizer;
import org.springframework.stereotype.Component;

/**
 * The rules a member's details obey, the same for the form, the API and every row of an import. All problems are
 * collected, so a user corrects a form or a spreadsheet row in one go.
 */
@Component
public class MemberRules {

    static final int OLDEST_BIRTH_YEAR = 1900;
    /** Members are retired scientists; nobody under 18 is plausible. */
    static final int YOUNGEST_AGE = 18;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\D?");

    private final Messages messages;
    private final Clock clock;

    MemberRules(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The cleaned details, or the problems found; never both. */
    public Checked check(MemberInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        String name = text(in.name(), "name", 50, problems);
        if (name == null) {
            problems.add(new FieldProblem("name", "member.name.required", new Object[0]));
        }
        IdNumber id = attempt("idNumber", () -> IdNumber.parse(in.idNumber(), today), problems);
        Gender gender = gender(in.gender(), id, problems);
        Integer birthYear = birthYear(in.birthYear(), id, today, problems);
        String phone = attempt("phone", () -> MobilePhone.normalise(in.phone()), problems);
        var joinedOn = attempt("joinedOn", () -> LooseDate.parse(in.joinedOn(), today), problems);
        String field = text(in.field(), "field", 60, problems);
        String title = text(in.title(), "title", 60, problems);
        String employer = text(in.formerEmployer(), "formerEmployer", 200, problems);
        String political = text(in.politicalStatus(), "politicalStatus", 30, problems);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new MemberDetails(name, gender, birthYear, phone, id == null ? null : id.value(), field,
                title, employer, political, joinedOn), List.of());
    }

    private Gender gender(String raw, IdNumber id, List<FieldProblem> problems) {
        String text = TextNormalizer.compact(raw);
        if (text == null) {
            if (id == null) {
                problems.add(new FieldProblem("gender", "member.gender.required", new Object[0]));
            }
            return id == null ? null : id.gender();
        }
        Gender gender = genderOf(text);
        if (gender == null) {
            problems.add(new FieldProblem("gender", "member.gender.invalid", new Object[] {text}));
        } else if (id != null && id.gender() != gender) {
            problems.add(new FieldProblem("gender", "member.gender.mismatch",
                    new Object[] {messages.get("member.gender." + id.gender())}));
        }
        return gender;
    }

    private Gender genderOf(String text) {
        for (Gender g : Gender.values()) {
            if (g.name().equalsIgnoreCase(text) || messages.get("member.gender." + g).equals(text)) {
                return g;
            }
        }
        return null;
    }

    private Integer birthYear(String raw, IdNumber id, LocalDate today, List<FieldProblem> problems) {
        String text = TextNormalizer.compact(raw);
        Integer fromId = id == null ? null : id.birthDate().getYear();
        if (text == null) {
            return fromId;
        }
        Matcher m = YEAR.matcher(text);
        int latest = today.getYear() - YOUNGEST_AGE;
        if (!m.matches() || Integer.parseInt(m.group(1)) < OLDEST_BIRTH_YEAR
                || Integer.parseInt(m.group(1)) > latest) {
            problems.add(new FieldProblem("birthYear", "member.birthYear.range",
                    new Object[] {text, String.valueOf(OLDEST_BIRTH_YEAR), String.valueOf(latest)}));
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (fromId != null && fromId != year) {
            problems.add(new FieldProblem("birthYear", "member.birthYear.mismatch",
                    new Object[] {String.valueOf(year), String.valueOf(fromId)}));
        }
        return year;
    }

    private static String text(String raw, String field, int max, List<FieldProblem> problems) {
        String text = TextNormalizer.clean(raw);
        if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "member." + field + ".tooLong", new Object[] {max}));
        }
        return text;
    }

    private static <T> T attempt(String field, Supplier<T> parse, List<FieldProblem> problems) {
        try {
            return parse.get();
        } catch (InvalidValue e) {
            problems.add(new FieldProblem(field, e.messageKey(), e.args()));
            return null;
        }
    }

    /** The outcome of {@link #check}. */
    public record Checked(MemberDetails details, List<FieldProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
