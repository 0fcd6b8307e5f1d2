package org.luoshi.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.luoshi.activity.internal.registration.RegistrationDesk;
import org.luoshi.activity.internal.registration.RegistrationStatus;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Capacity is never exceeded however many register at once: 50 members registering together for 10 places give
 * exactly 10 registered and 40 waiting, in the order they were booked; a cancellation moves the first one up.
 */
@IntegrationTest
@RecordApplicationEvents
class RegistrationConcurrencyIT {

    private static final int MEMBERS = 50;
    private static final int PLACES = 10;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistrationDesk desk;
    @Autowired
    ApplicationEvents events;

    @Test
    void fiftyAtOnceForTenPlacesGiveTenRegisteredAndFortyWaitingInOrder() throws Exception {
        ActivityWorld world = new ActivityWorld(fixtures, plans, mvc);
        RegistrationWorld people = new RegistrationWorld(world, fixtures, jdbc);
        long activity = world.create(world.provinceAdminA, """
                {"kind":"LECTURE_HALL","title":"大讲堂%s","address":"报告厅","startsAt":"%s","endsAt":"%s",
                 "capacity":%d}
                """.formatted(world.tag, ActivityWorld.today().plusDays(5).atTime(9, 0),
                ActivityWorld.today().plusDays(5).atTime(11, 0), PLACES));
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(people.member(world.tree.countyA(), "并发" + i + world.tag));
        }
        Actor staff = new Actor(people.accountOf(world.countyAdminA), world.countyAdminA, "联络员",
                world.tree.countyA(), jdbc.sql("select path from unit where id = ?").param(world.tree.countyA())
                .query(String.class).single(), Set.of(Role.UNIT_ADMIN));

        ExecutorService pool = Executors.newFixedThreadPool(MEMBERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationDesk.Outcome>> outcomes = new ArrayList<>();
        for (long member : members) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return desk.registerFor(staff, activity, member);
            }));
        }
        start.countDown();
        List<RegistrationDesk.Outcome> booked = new ArrayList<>();
        for (Future<RegistrationDesk.Outcome> outcome : outcomes) {
            booked.add(outcome.get());
        }
        pool.shutdown();

        assertThat(booked).filteredOn(o -> o.status() == RegistrationStatus.REGISTERED).hasSize(PLACES);
        assertThat(booked).filteredOn(o -> o.status() == RegistrationStatus.WAITING).hasSize(MEMBERS - PLACES);
        // in order: every place went to a registration booked before any of those waiting
        List<Long> registered = ids(activity, "REGISTERED");
        List<Long> waiting = ids(activity, "WAITING");
        assertThat(Collections.max(registered)).isLessThan(Collections.min(waiting));

        long firstWaiting = waiting.get(0);
        desk.cancel(staff, registered.get(3));
        assertThat(ids(activity, "REGISTERED")).hasSize(PLACES).contains(firstWaiting);
        assertThat(events.stream(RegistrationPromoted.class).filter(e -> e.activityId() == activity))
                .singleElement().satisfies(e -> assertThat(e.registrant().memberId())
                        .isEqualTo(jdbc.sql("select member_id from activity_registration where id = ?")
                                .param(firstWaiting).query(Long.class).single()));
    }

    private List<Long> ids(long activity, String status) {
        return jdbc.sql("""
                select id from activity_registration where activity_id = ? and status = ? order by queued_at, id
                """).param(activity).param(status).query(Long.class).list();
    }
}
