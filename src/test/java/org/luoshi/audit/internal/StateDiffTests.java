package org.luoshi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDiffTests {

    @Test
    void listsOnlyTheFieldsThatChanged() {
        Map<String, Object> before = new LinkedHashMap<>(Map.of("displayName", "张三", "roles", List.of("MEMBER")));
        Map<String, Object> after = new LinkedHashMap<>(Map.of("displayName", "张三",
                "roles", List.of("EDITOR", "MEMBER")));
        assertThat(StateDiff.between(before, after))
                .containsExactly(new StateDiff.Change("roles", "MEMBER", "EDITOR、MEMBER"));
    }

    @Test
    void aCreationShowsEveryFieldAsNew() {
        assertThat(StateDiff.between(null, Map.of("username", "li")))
                .containsExactly(new StateDiff.Change("username", null, "li"));
    }
}
