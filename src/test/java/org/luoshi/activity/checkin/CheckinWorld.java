package org.luoshi.activity.checkin;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.luoshi.activity.ActivityWorld;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.support.Fixtures;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** {@link ActivityWorld} with members (phones sealed as the registry seals them) and an activity about to start. */
class CheckinWorld {

    final ActivityWorld activity;
    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    CheckinWorld(Fixtures fixtures, PlanFixtures plans, MockMvc mvc, JdbcClient jdbc, PersonalDataCipher cipher) {
        this.activity = new ActivityWorld(fixtures, plans, mvc);
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    static LocalDateTime now() {
        return LocalDateTime.now(TestClock.INSTANCE.withZone(TestClock.CHINA)).truncatedTo(ChronoUnit.MINUTES);
    }

    /** An activity of province A (audience: its subtree) starting in {@code minutes}, two hours long. */
    long activityStartingIn(int minutes, String extra) throws Exception {
        LocalDateTime starts = now().plusMinutes(minutes);
        return activity.create(activity.provinceAdminA, activity.body("签到测试" + activity.tag, starts,
                starts.plusHours(2), extra));
    }

    long member(long unitId, String name, String phone) {
        return jdbc.sql("""
                insert into member (unit_id, unit_path, name, phone_enc, phone_hash)
                select id, path, ?, ?, ? from unit where id = ? returning id
                """).param(name).param(cipher.encrypt(phone)).param(cipher.lookupHash(phone)).param(unitId)
                .query(Long.class).single();
    }

    void link(String username, long memberId) {
        jdbc.sql("update account set member_id = ? where username = ?").param(memberId).param(username).update();
    }

    /** The code on the activity's screen now, as its staff read it. */
    String screenCode(long activityId) throws Exception {
        return JsonPath.read(activity.get(activity.provinceAdminA, "/api/v1/activities/" + activityId
                + "/checkins/live").getContentAsString(), "$.code");
    }

    long count(long activityId) {
        return jdbc.sql("select count(*) from activity_checkin where activity_id = ?").param(activityId)
                .query(Long.class).single();
    }
}
