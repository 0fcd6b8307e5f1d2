package org.luoshi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.org.internal.member.InvalidValue;
import org.luoshi.org.internal.member.LooseDate;

/** 入会日期 as offices write it. */
class LooseDateTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest
    @ValueSource(strings = {"2020-01-01", "2020/1/1", "2020.1.1", "2020年1月1日", "2020年01月01日", "20200101",
            "43831", "２０２０－０１－０１", " 2020-1-1 "})
    void readsTheUsualWaysOfWritingNewYear2020(String written) {
        assertThat(LooseDate.parse(written, TODAY)).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-13-01", "2020-02-30", "去年", "2020", "1/1/2020", "1899-12-31"})
    void refusesWhatIsNoDate(String written) {
        assertThatThrownBy(() -> LooseDate.parse(written, TODAY)).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.messageKey()).isEqualTo("member.joinedOn.format"));
    }

    @Test
    void refusesADateInTheFuture() {
        assertThatThrownBy(() -> LooseDate.parse(TODAY.plusDays(2).toString(), TODAY))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.joinedOn.future"));
    }

    @Property
    void excelSerialNumbersAndWrittenDatesAgree(@ForAll @IntRange(min = 10_000, max = 45_000) int serial) {
        LocalDate date = LocalDate.of(1899, 12, 30).plusDays(serial);
        assertThat(LooseDate.parse(String.valueOf(serial), TODAY)).isEqualTo(date);
        assertThat(LooseDate.parse(date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth(), TODAY))
                .isEqualTo(date);
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LooseDate.parse(String.valueOf(serial), TODAY)))
                .isEqualTo(serial);
    }
}
