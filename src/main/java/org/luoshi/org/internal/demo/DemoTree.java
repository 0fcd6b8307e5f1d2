package org.luoshi.org.internal.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitType;

/**
 * The demo organisation under the root: the provincial associations with their GB/T 2260 codes
 * ({@code demo/regions.tsv}, prefectures and counties under a few of them) and the national bodies
 * ({@code demo/bodies.tsv}: branches, special committees, enterprise associations, group member units).
 */
final class DemoTree {

    static final String REGIONS = "demo/regions.tsv";
    static final String BODIES = "demo/bodies.tsv";

    /**
     * A unit to create. {@code province} and {@code place} name the member's surroundings (for former employers);
     * both are null for national bodies, which draw members from all over the country.
     */
    record Unit(long id, String code, String name, String shortName, UnitType type, long parentId, String path,
            int depth, String regionCode, int sortOrder, Unit province, String place, List<String> fields) {

        boolean hasRegion() {
            return regionCode != null;
        }
    }

    private final Map<String, Unit> byCode = new LinkedHashMap<>();
    private final List<Unit> provinces = new ArrayList<>();

    static int size() {
        return Tsv.read(REGIONS).size() + Tsv.read(BODIES).size();
    }

    /** Lays out the tree under {@code root}, taking each unit's id from {@code ids} (parents before children). */
    static DemoTree plan(UnitRef root, LongSupplier ids) {
        DemoTree tree = new DemoTree();
        int order = 0;
        for (String[] row : Tsv.read(REGIONS)) {
            tree.addRegion(row, root, ids.getAsLong(), order++);
        }
        for (String[] row : Tsv.read(BODIES)) {
            tree.addBody(row, root, ids.getAsLong(), order++);
        }
        return tree;
    }

    private void addRegion(String[] row, UnitRef root, long id, int order) {
        String code = row[0];
        UnitType type = UnitType.valueOf(row[1]);
        String place = row[2];
        Unit parent = switch (type) {
            case PROVINCIAL -> null;
            case PREFECTURE -> parentOf(code, code.substring(0, 2) + "0000");
            case COUNTY -> parentOf(code, code.substring(0, 4) + "00");
            default -> throw new IllegalStateException(REGIONS + ": unexpected type " + type + " for " + code);
        };
        String parentPath = parent == null ? root.path() : parent.path();
        long parentId = parent == null ? root.id() : parent.id();
        Unit province = parent == null ? null : parent.province() == null ? parent : parent.province();
        Unit unit = new Unit(id, code, row[3], row[4], type, parentId, parentPath + id + "/", depth(parentPath),
                code, order, province, place, List.of());
        add(unit);
        if (type == UnitType.PROVINCIAL) {
            provinces.add(unit);
        }
    }

    private void addBody(String[] row, UnitRef root, long id, int order) {
        List<String> fields = row[4].isBlank() ? List.of() : Arrays.asList(row[4].split("\\|"));
        add(new Unit(id, row[0], row[2], row[3], UnitType.valueOf(row[1]), root.id(), root.path() + id + "/",
                depth(root.path()), null, order, null, null, fields));
    }

    private void add(Unit unit) {
        if (byCode.putIfAbsent(unit.code(), unit) != null) {
            throw new IllegalStateException("demo data: unit code " + unit.code() + " appears twice");
        }
    }

    private Unit parentOf(String code, String parentCode) {
        Unit parent = byCode.get(parentCode);
        if (parent == null) {
            throw new IllegalStateException(REGIONS + ": " + code + " comes before its parent " + parentCode);
        }
        return parent;
    }

    /** A child's depth is the number of ids in its parent's path: the root '/1/' has depth 0, its children 1. */
    private static int depth(String parentPath) {
        return (int) parentPath.chars().filter(c -> c == '/').count() - 1;
    }

    List<Unit> units() {
        return List.copyOf(byCode.values());
    }

    List<Unit> provinces() {
        return List.copyOf(provinces);
    }

    List<String> codes() {
        return List.copyOf(byCode.keySet());
    }
}
