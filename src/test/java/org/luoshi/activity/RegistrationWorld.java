package org.luoshi.activity;

import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.atomic.AtomicInteger;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Members for registration tests on an {@link ActivityWorld}: members of the registry (with an ID number when one
 * is asked for) and, for those who register themselves, a login linked to them.
 */
public class RegistrationWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final ActivityWorld activities;
    private final Fixtures fixtures;
    private final JdbcClient jdbc;

    public RegistrationWorld(ActivityWorld activities, Fixtures fixtures, JdbcClient jdbc) {
        this.activities = activities;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    /** A member of the unit without an ID number; answers their id. */
    public long member(long unitId, String name) {
        return jdbc.sql("insert into member (unit_id, unit_path, name) select id, path, ? from unit where id = ? "
                + "returning id").param(name).param(unitId).query(Long.class).single();
    }

    /** A member with an ID number, entered through the registry's API by the unit's administrator. */
    public long memberWithIdNumber(String admin, long unitId, String name, String idNumber) throws Exception {
        MockHttpServletResponse response = activities.postJson(admin, "/api/v1/members", """
                {"unitId":%d,"name":"%s","gender":"M","birthYear":1950,"idNumber":"%s"}
                """.formatted(unitId, name, idNumber));
        if (response.getStatus() / 100 != 2) {
            throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
        }
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }

    /** A member of the unit with a login of their own; answers the username. */
    public String memberLogin(long unitId, String name) {
        long member = member(unitId, name);
        String username = fixtures.account("rm", unitId, Role.MEMBER);
        jdbc.sql("update account set member_id = ? where username = ?").param(member).param(username).update();
        return username;
    }

    public long memberOf(String username) {
        return jdbc.sql("select member_id from account where username = ?").param(username).query(Long.class)
                .single();
    }

    public long accountOf(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }

    /** A valid 18-digit ID number (checksum included), different each time. */
    public static String idNumber() {
        int n = SEQUENCE.incrementAndGet();
        String body = "330106" + "1950" + String.format("%02d%02d", 1 + n / 28 % 12, 1 + n % 28)
                + String.format("%02d", (int) (System.nanoTime() / 1000 % 100)) + "1"; // odd: a man
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A registration id from an answer. */
    public static long id(MockHttpServletResponse response) throws Exception {
        if (response.getStatus() / 100 != 2) {
            throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
        }
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }

    public static String status(MockHttpServletResponse response) throws Exception {
        return JsonPath.read(response.getContentAsString(), "$.status");
    }
}
