package org.luoshi.activity.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.luoshi.activity.internal.checkin.CheckinResult;
import org.luoshi.activity.internal.checkin.CheckinWorkflow;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Each person is counted once, however many check them in at the same moment. */
@IntegrationTest
class CheckinConcurrencyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    CheckinWorkflow workflow;

    @Test
    void aHundredThreadsCheckingInFiftyMembersTwiceEachCountFiftyPeople() throws Exception {
        CheckinWorld world = new CheckinWorld(fixtures, plans, mvc, jdbc, cipher);
        long activityId = world.activityStartingIn(10, "");
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            members.add(world.member(world.activity.tree.countyA(), "并发" + i + world.activity.tag,
                    "1380000" + String.format("%04d", i)));
        }
        long staffAccount = jdbc.sql("select id from account where username = ?")
                .param(world.activity.provinceAdminA).query(Long.class).single();
        Actor staff = new Actor(staffAccount, world.activity.provinceAdminA, "工作人员", world.activity.tree.provinceA(),
                jdbc.sql("select path from unit where id = ?").param(world.activity.tree.provinceA())
                        .query(String.class).single(), java.util.Set.of(Role.UNIT_ADMIN));
        List<Long> twice = new ArrayList<>(members);
        twice.addAll(members);
        Collections.shuffle(twice);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            List<Future<CheckinResult>> results = new ArrayList<>();
            for (long member : twice) {
                results.add(pool.submit(() -> {
                    start.await();
                    return workflow.rollCall(staff, activityId, member);
                }));
            }
            start.countDown();
            long counted = 0;
            long already = 0;
            for (Future<CheckinResult> result : results) {
                if (result.get().already()) {
                    already++;
                } else {
                    counted++;
                }
            }
            assertThat(counted).isEqualTo(50);
            assertThat(already).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
        assertThat(world.count(activityId)).isEqualTo(50);
        assertThat(jdbc.sql("select count(distinct member_id) from activity_checkin where activity_id = ?")
                .param(activityId).query(Long.class).single()).isEqualTo(50);
    }
}
