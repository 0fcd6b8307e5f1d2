package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitMoved;
import org.luoshi.org.UnitsMerged;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AccountsFollowMergedUnitsIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void accountsOfTheMergedUnitMoveToTheSurvivorInTheSameTransaction() {
        Fixtures.Tree tree = fixtures.tree();
        long merged = fixtures.unit(tree.provinceA(), "并入县", "COUNTY");
        String username = fixtures.account("merged", merged, Role.UNIT_ADMIN);

        transactions.executeWithoutResult(status -> events.publishEvent(new UnitsMerged(merged, tree.countyA())));

        assertThat(jdbc.sql("select unit_id from account where username = ?").param(username).query(Long.class)
                .single()).isEqualTo(tree.countyA());
        assertThat(jdbc.sql("select unit_path from account where username = ?").param(username)
                .query(String.class).single()).endsWith("/" + tree.countyA() + "/");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_MOVED' and summary = ?")
                .param(username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theAccountPathFollowsAUnitMovedInTheTree() {
        Fixtures.Tree tree = fixtures.tree();
        long moving = fixtures.unit(tree.provinceA(), "搬家县", "COUNTY");
        String username = fixtures.account("moving", moving, Role.MEMBER);
        String oldPath = path(moving);
        String newPath = path(tree.provinceB()) + moving + "/";
        transactions.executeWithoutResult(status -> events.publishEvent(new UnitMoved(moving, oldPath, newPath)));
        assertThat(jdbc.sql("select unit_path from account where username = ?").param(username)
                .query(String.class).single()).isEqualTo(newPath);
    }

    private String path(long unitId) {
        return jdbc.sql("select path from unit where id = ?").param(unitId).query(String.class).single();
    }
}
