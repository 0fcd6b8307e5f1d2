package org.luoshi.activity.internal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;

class PlacesTests {

    private static final String ZHEJIANG = "/1/2/";
    private static final String HANGZHOU = "/1/2/7/";
    private static final String XIHU = "/1/2/7/9/";
    private static final String NINGBO = "/1/2/8/";
    private static final Allocation HANGZHOU_20 = new Allocation(7, HANGZHOU, "杭州市老科协", 20, null);
    private static final Allocation XIHU_5 = new Allocation(9, XIHU, "西湖区老科协", 5, null);

    @Test
    void withoutSharesTheCapacityIsTheOnlyLimit() {
        Places places = Places.of(10, List.of(), Map.of(Places.POOL, 9));
        assertThat(places.hasRoomFor(NINGBO)).isTrue();
        places.take(NINGBO);
        assertThat(places.hasRoomFor(NINGBO)).isFalse();
        assertThat(places.anyRoom()).isFalse();
        assertThat(places.taken()).isEqualTo(10);
    }

    @Test
    void noCapacityMeansRoomForEveryone() {
        assertThat(Places.of(null, List.of(), Map.of(Places.POOL, 10_000)).hasRoomFor(NINGBO)).isTrue();
    }

    @Test
    void aShareIsSetAsideForItsSubtreeAndTheRestIsThePool() {
        // 浙江 has 50, gives 杭州 20: 宁波 members share the other 30, 杭州's members their 20
        Places places = Places.of(50, List.of(HANGZHOU_20), Map.of(NINGBO, 30, HANGZHOU, 19));
        assertThat(places.hasRoomFor(NINGBO)).isFalse();
        assertThat(places.hasRoomFor(XIHU)).isTrue();
        places.take(XIHU);
        assertThat(places.hasRoomFor(HANGZHOU)).isFalse();
        assertThat(places.anyRoom()).isFalse();
    }

    @Test
    void aShareSplitFurtherReservesItsPartInsideTheParentShare() {
        // 杭州 splits 5 of its 20 to 西湖区: the rest of 杭州 has 15
        Places places = Places.of(50, List.of(HANGZHOU_20, XIHU_5), Map.of(HANGZHOU, 15));
        assertThat(places.hasRoomFor(HANGZHOU)).isFalse();
        assertThat(places.hasRoomFor(XIHU)).isTrue();
        assertThat(places.free(Places.POOL)).isEqualTo(30);
    }

    @Test
    void neverMoreSharedThanTheParentHasLeft() {
        Places places = Places.of(50, List.of(HANGZHOU_20), Map.of(NINGBO, 25));
        // the pool has 50 - 20 - 25 = 5 left beside 杭州's share: 宁波 may get at most 5
        assertThatThrownBy(() -> places.requireShare(NINGBO, 6)).isInstanceOfSatisfying(BusinessException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("places");
                    assertThat(e.messageKey()).isEqualTo("registration.places.overParent");
                    assertThat(e.args()).containsExactly(5);
                });
        places.requireShare(NINGBO, 5);
        // 杭州 itself may grow to 25 (its own 20 plus the pool's 5)
        places.requireShare(HANGZHOU, 25);
        assertThatThrownBy(() -> places.requireShare(XIHU, 21)).isInstanceOf(BusinessException.class);
        places.requireShare(XIHU, 20);
    }

    @Test
    void aShareIsNeverLessThanWhatItSplitBelow() {
        Places places = Places.of(50, List.of(HANGZHOU_20, XIHU_5), Map.of());
        assertThatThrownBy(() -> places.requireShare(HANGZHOU, 4)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("registration.places.belowChildren"));
    }

    @Test
    void theMinimumCapacityCountsPlacesHeldAndSharesSetAside() {
        Places places = Places.of(50, List.of(HANGZHOU_20), Map.of(NINGBO, 12, HANGZHOU, 3));
        assertThat(places.minimumCapacity()).isEqualTo(32);
        assertThat(Places.of(50, List.of(), Map.of(Places.POOL, 7)).minimumCapacity()).isEqualTo(7);
    }

    @Test
    void membersTakeFromTheDeepestShareAboveThem() {
        Places places = Places.of(50, List.of(HANGZHOU_20, XIHU_5), Map.of());
        assertThat(places.poolOf(XIHU + "12/")).isEqualTo(XIHU);
        assertThat(places.poolOf(HANGZHOU + "11/")).isEqualTo(HANGZHOU);
        assertThat(places.poolOf(ZHEJIANG)).isEqualTo(Places.POOL);
        assertThat(places.parentOf(XIHU)).isEqualTo(HANGZHOU);
    }
}
