package org.luoshi.org.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.luoshi.org.internal.unit.UnitService;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Random trees, random moves: after each move every path is its parent's path plus its own id, every depth is one
 * more than its parent's, and every member's unit path is its unit's path.
 */
@IntegrationTest
class UnitMoveRandomIT extends UnitTestSupport {

    @Autowired
    UnitService service;

    @RepeatedTest(4)
    void pathsStayTheConcatenationOfAncestorIdsAfterRandomMoves() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        long top = fixtures.unit(fixtures.root(), "随机省" + tag(), "PROVINCIAL");
        List<Long> units = new ArrayList<>(List.of(top));
        for (int i = 0; i < 20; i++) {
            long unit = fixtures.unit(units.get(random.nextInt(units.size())), "随机分会" + i, "BRANCH");
            units.add(unit);
            if (random.nextBoolean()) {
                member(unit);
            }
        }
        Actor actor = new Actor(0, "random", "random", top, path(top), Set.of(Role.UNIT_ADMIN));
        for (int move = 0; move < 15; move++) {
            long unit = units.get(1 + random.nextInt(units.size() - 1));
            List<Long> targets = units.stream()
                    .filter(t -> !path(t).startsWith(path(unit)) && !t.equals(unit(unit).get("parent_id")))
                    .toList();
            if (!targets.isEmpty()) {
                service.move(actor, unit, targets.get(random.nextInt(targets.size())), null);
            }
            assertConsistent(top, seed);
        }
    }

    private void assertConsistent(long top, long seed) {
        String prefix = path(top);
        List<Map<String, Object>> rows = jdbc.sql("""
                select u.id, u.path, u.depth, p.path as parent_path, p.depth as parent_depth
                  from unit u join unit p on p.id = u.parent_id where u.path like ? || '%' and u.id <> ?
                """).param(prefix).param(top).query().listOfRows();
        assertThat(rows).hasSize(20);
        for (Map<String, Object> row : rows) {
            assertThat(row.get("path")).as("seed %d", seed).isEqualTo(row.get("parent_path") + "" + row.get("id") + "/");
            assertThat(row.get("depth")).as("seed %d", seed).isEqualTo((Integer) row.get("parent_depth") + 1);
        }
        long strayMembers = jdbc.sql("""
                select count(*) from member m join unit u on u.id = m.unit_id
                 where u.path like ? || '%' and m.unit_path <> u.path
                """).param(prefix).query(Long.class).single();
        assertThat(strayMembers).as("seed %d", seed).isZero();
    }
}
