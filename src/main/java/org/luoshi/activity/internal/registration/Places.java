package org.luoshi.activity.internal.registration;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.shared.error.BusinessException;

/**
 * 名额: which places of an activity are free, worked out from the registrations that hold one, read under the
 * activity row's lock. A member takes a place from the share of the deepest unit above them that still has one
 * (名额分配), else from the common pool; a share reserves its places whether used or not, until it returns. Without a
 * capacity every registration finds a place.
 */
final class Places {

    /** The common pool: what the capacity leaves once the shares are set aside. */
    static final String POOL = "";

    private final Integer capacity;
    /** Active shares, deepest first, so the first that covers a path is the member's. */
    private final List<Allocation> shares;
    /** Places held, by the pool (a share's unit path, or {@link #POOL}) they were taken from. */
    private final Map<String, Integer> held = new HashMap<>();

    private Places(Integer capacity, List<Allocation> shares) {
        this.capacity = capacity;
        this.shares = shares.stream().sorted(Comparator.comparingInt((Allocation a) -> a.unitPath().length())
                .reversed()).toList();
    }

    /**
     * @param shares          the shares active now
     * @param heldByUnitPath  places held, by the unit path of the members holding them
     */
    static Places of(Integer capacity, List<Allocation> shares, Map<String, Integer> heldByUnitPath) {
        Places places = new Places(capacity, shares);
        heldByUnitPath.forEach((path, count) -> places.held.merge(places.poolOf(path), count, Integer::sum));
        return places;
    }

    boolean hasRoomFor(String memberPath) {
        return capacity == null || free(poolOf(memberPath)) > 0;
    }

    /** Whether anyone at all could be given a place: else the waiting list is not worth reading. */
    boolean anyRoom() {
        return capacity == null || free(POOL) > 0 || shares.stream().anyMatch(s -> free(s.unitPath()) > 0);
    }

    void take(String memberPath) {
        held.merge(poolOf(memberPath), 1, Integer::sum);
    }

    int taken() {
        return held.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The fewest places the activity may be given: every place held, and every share set aside. */
    int minimumCapacity() {
        int setAside = shares.stream().filter(s -> parentOf(s.unitPath()).equals(POOL))
                .mapToInt(s -> Math.max(s.places(), total(s.unitPath()))).sum();
        return Math.max(taken(), setAside + held.getOrDefault(POOL, 0));
    }

    /** The places free in a pool: its own limit less what it holds and what its sub-shares set aside. */
    int free(String pool) {
        int limit = pool.equals(POOL) ? capacity : share(pool).places();
        int setAside = children(pool).stream().mapToInt(c -> Math.max(c.places(), total(c.unitPath()))).sum();
        return limit - held.getOrDefault(pool, 0) - setAside;
    }

    /**
     * Checks a new share of {@code places} for the unit at {@code unitPath} (0 takes it back): never more than its
     * parent (the capacity, or the share above it) has left beside its other shares, never less than the shares
     * below it.
     */
    void requireShare(String unitPath, int places) {
        if (capacity == null) {
            throw BusinessException.invalid("places", "registration.places.noCapacity");
        }
        String parent = parentOf(unitPath);
        int room = free(parent) + current(unitPath);
        if (places > room) {
            throw BusinessException.invalid("places", "registration.places.overParent", Math.max(room, 0));
        }
        int below = children(unitPath).stream().mapToInt(Allocation::places).sum();
        if (places > 0 && places < below) {
            throw BusinessException.invalid("places", "registration.places.belowChildren", below);
        }
    }

    /** The pool that has the member: the deepest share covering their unit, else the common pool. */
    String poolOf(String memberPath) {
        return shares.stream().filter(s -> s.covers(memberPath)).map(Allocation::unitPath).findFirst().orElse(POOL);
    }

    /** The pool a share is carved from: the deepest other share strictly above it, else the common pool. */
    String parentOf(String unitPath) {
        return shares.stream().filter(s -> !s.unitPath().equals(unitPath) && unitPath.startsWith(s.unitPath()))
                .map(Allocation::unitPath).findFirst().orElse(POOL);
    }

    private int current(String unitPath) {
        return shares.stream().filter(s -> s.unitPath().equals(unitPath))
                .mapToInt(s -> Math.max(s.places(), total(unitPath))).sum();
    }

    private List<Allocation> children(String pool) {
        return shares.stream().filter(s -> !s.unitPath().equals(pool) && parentOf(s.unitPath()).equals(pool))
                .toList();
    }

    /** Places held in a share and every share below it. */
    private int total(String pool) {
        return held.getOrDefault(pool, 0) + children(pool).stream().mapToInt(c -> total(c.unitPath())).sum();
    }

    private Allocation share(String pool) {
        return shares.stream().filter(s -> s.unitPath().equals(pool)).findFirst().orElseThrow();
    }
}
